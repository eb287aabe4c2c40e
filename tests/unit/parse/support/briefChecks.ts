import { expect } from 'vitest';
import { ENTRY_KINDS, ENTRY_KIND_LABELS } from '../../../../src/core/model/types';
import type { Brief, Result } from '../../../../src/core/model/types';
import { countPipeLines, countTableRows } from './rawCounts';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Longest warning seen should stay short: values are quoted shortened, never echoed whole. */
export const WARNING_LENGTH_LIMIT = 500;

/** What any result must look like, whatever the input. */
export function expectWellFormedResult(result: Result<Brief>): void {
  if (!result.ok) {
    expect(typeof result.reason).toBe('string');
    expect(result.reason.length).toBeGreaterThan(0);
    return;
  }
  const brief = result.value;
  expect(brief.id.length).toBeGreaterThan(0);
  expect(brief.title.length).toBeGreaterThan(0);
  if (brief.date !== null) expect(brief.date).toMatch(ISO_DATE);
  for (const url of [brief.url, brief.pageUrl]) if (url !== null) expect(url).toMatch(/^https?:\/\/./i);
  for (const kind of ENTRY_KINDS) {
    for (const entry of brief[kind]) {
      if (entry.relevancy !== null) expect([1, 2, 3, 4, 5]).toContain(entry.relevancy);
      expect(typeof entry.name).toBe('string');
      expect(typeof entry.description).toBe('string');
    }
  }
  const relatedIds = brief.related.map(({ id }) => id);
  const relatedTitles = brief.related.map(({ title }) => title);
  for (const item of [...brief.keywords, ...brief.themes, ...relatedIds, ...relatedTitles])
    expect(item.trim()).toBe(item);
  expect(relatedIds).not.toContain(brief.id);
  expect(new Set(relatedIds).size).toBe(relatedIds.length);
  expect(brief.topics).toEqual([]);
  for (const warning of brief.warnings) {
    expect(warning.length).toBeGreaterThan(0);
    expect(warning.length).toBeLessThan(WARNING_LENGTH_LIMIT);
  }
}

export function expectOk(result: Result<Brief>): Brief {
  if (!result.ok) throw new Error(`expected a brief, got: ${result.reason}`);
  return result.value;
}

/** What any input must meet: a well-formed result, and rows accounted for against the raw lines. */
export function expectAccountedFor(text: string, result: Result<Brief>): void {
  expectWellFormedResult(result);
  if (!result.ok) return;
  for (const kind of ENTRY_KINDS) {
    const rows = result.value[kind].length;
    expect(rows, `${kind} rows`).toBeLessThanOrEqual(countPipeLines(text, kind));
    if (rows < countTableRows(text, kind)) {
      const label = ENTRY_KIND_LABELS[kind];
      expect(
        result.value.warnings.some((warning) => warning.includes(label)),
        `lost ${kind} rows named`,
      ).toBe(true);
    }
  }
}
