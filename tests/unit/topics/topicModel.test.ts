import { describe, expect, it } from 'vitest';
import { findTopics, topicCountFor } from '../../../src/core/topics/topicModel';
import { adjustedRandIndex, samePrimaryShare } from './agreement';
import { PLANTED_SUBJECT_COUNT, plantedBriefs } from './plantedBriefs';

function primaryTopics(briefTopics: { id: string }[][]): string[] {
  return briefTopics.map((topics) => topics[0]?.id ?? '');
}

describe('findTopics', () => {
  const planted = plantedBriefs(40, 7);
  const model = findTopics(planted.briefs);

  it('recovers planted subjects (adjusted Rand index >= 0.8), the count following the data', () => {
    expect(model.topics).toHaveLength(PLANTED_SUBJECT_COUNT);
    expect(adjustedRandIndex(planted.subjects, primaryTopics(model.briefTopics))).toBeGreaterThanOrEqual(0.8);
  });

  it('gives byte-identical topics and weights for the same briefs', () => {
    const again = findTopics(planted.briefs);
    expect(JSON.stringify(again.topics)).toBe(JSON.stringify(model.topics));
    expect(JSON.stringify(again.briefTopics)).toBe(JSON.stringify(model.briefTopics));
  });

  it('keeps at least 90% of briefs in the same primary topic when 5% more briefs come', () => {
    const more = plantedBriefs(2, 99, 1000);
    const grown = findTopics([...planted.briefs, ...more.briefs]);
    const before = primaryTopics(model.briefTopics);
    const after = primaryTopics(grown.briefTopics).slice(0, before.length);
    expect(samePrimaryShare(before, after)).toBeGreaterThanOrEqual(0.9);
  });

  it('describes each topic: id from its terms, a label without a repeated word, sizes adding up', () => {
    const ids = model.topics.map((topic) => topic.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const topic of model.topics) {
      expect(topic.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(topic.id.startsWith(topic.terms[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '-'))).toBe(true);
      const words = topic.label.split(/ · | /);
      expect(new Set(words).size).toBe(words.length);
      expect(topic.description).not.toBe('');
    }
    expect(model.topics.reduce((sum, topic) => sum + topic.size, 0)).toBe(planted.briefs.length);
    const sizes = model.topics.map((topic) => topic.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('gives each brief at most three topics, strongest first, each one of the topics', () => {
    const ids = new Set(model.topics.map((topic) => topic.id));
    for (const topics of model.briefTopics) {
      expect(topics.length).toBeGreaterThan(0);
      expect(topics.length).toBeLessThanOrEqual(3);
      for (const { id, weight } of topics) {
        expect(ids.has(id)).toBe(true);
        expect(weight).toBeGreaterThan(0);
        expect(weight).toBeLessThanOrEqual(1);
      }
      const weights = topics.map(({ weight }) => weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    }
  });

  it('keeps a topic count the user chose', () => {
    expect(findTopics(planted.briefs, { topicCount: 9 }).topics).toHaveLength(9);
  });

  it('finds no topic in briefs without shared words', () => {
    const lone = plantedBriefs(1, 3).briefs.slice(0, 1);
    expect(findTopics(lone)).toMatchObject({ topics: [], briefTopics: [[]] });
  });

  it.each([
    [10, 5],
    [800, 20],
    [3000, 39],
    [30000, 60],
  ])('asks for about twenty topics a year: %i briefs -> %i', (briefs, topics) => {
    expect(topicCountFor(briefs)).toBe(topics);
  });
});
