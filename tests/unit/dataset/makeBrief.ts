import type { Brief, Entry, Signal } from '../../../src/core/model/types';

/** A small valid brief for tests; override what the test is about. */
export function makeBrief(overrides: Partial<Brief> = {}): Brief {
  const id = overrides.id ?? 'brief';
  return {
    id,
    file: `${id}.md`,
    title: `Title of ${id}`,
    page: '20240107',
    date: '2024-01-07',
    pageUrl: 'https://newsletter.example/p/20240107',
    url: 'https://news.example/article',
    keywords: ['solar grids', 'civic ledgers'],
    themes: ['energy transition'],
    category: 'technology',
    type: 'blog post',
    summary: 'A short summary.',
    signals: [makeSignal(), makeSignal({ name: 'Second signal', relevancy: null })],
    concerns: [makeEntry()],
    behaviors: [makeEntry({ name: 'A behavior' })],
    technologies: [makeEntry({ name: '', description: 'No name', relevancy: 5 })],
    issues: [],
    related: [],
    topics: [],
    warnings: [],
    ...overrides,
  };
}

export function makeEntry(overrides: Partial<Entry> = {}): Entry {
  return { name: 'An entry', description: 'What it is', relevancy: 3, ...overrides };
}

export function makeSignal(overrides: Partial<Signal> = {}): Signal {
  return {
    name: 'A signal',
    description: 'What changes',
    relevancy: 4,
    change: 'From A to B',
    tenYear: 'Everywhere',
    drivingForce: 'Costs',
    ...overrides,
  };
}
