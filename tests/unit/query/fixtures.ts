import { emptyBrief } from '../../../src/core/model/emptyBrief';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import type { Brief, Dataset, Entry, Signal } from '../../../src/core/model/types';

export function entry(name: string, relevancy: number | null, description = ''): Entry {
  return { name, description, relevancy };
}

export function signal(
  name: string,
  relevancy: number | null,
  cells: Partial<Omit<Signal, 'name' | 'relevancy'>> = {},
): Signal {
  return { name, description: '', change: '', tenYear: '', drivingForce: '', relevancy, ...cells };
}

export function brief(id: string, fields: Partial<Brief> = {}): Brief {
  return { ...emptyBrief(id, `${id}.md`), title: `Brief ${id}`, ...fields };
}

/** Briefs kept in the order given (the tests state index order explicitly). */
export function datasetOf(briefs: Brief[]): Dataset {
  let warnings = 0;
  for (const { warnings: list } of briefs) warnings += list.length;
  return {
    schemaVersion: 2,
    briefs,
    topics: [],
    stats: { files: briefs.length, briefs: briefs.length, skipped: 0, warnings },
  };
}

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'ze',
  'qu',
  'ar',
  'en',
  'is',
  'ol',
  'um',
  'tra',
  'gen',
  'dor',
  'pli',
  'sto',
];

/**
 * Briefs shaped like the generated corpus (about 20 rows each, Zipf-like themes and keywords,
 * some undated briefs and unrated rows), sorted as ingest sorts them. Same seed, same data.
 */
export function syntheticDataset(briefCount: number, seed = 1): Dataset {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const zipf = <T>(pool: readonly T[]) => pool[Math.floor(pool.length * random() ** 3)]!;
  const word = () =>
    Array.from({ length: between(1, 4) }, () => SYLLABLES[between(0, SYLLABLES.length - 1)]).join('');
  const vocabulary = Array.from({ length: 4000 }, word);
  const words = (low: number, high: number) =>
    Array.from({ length: between(low, high) }, () => zipf(vocabulary)).join(' ');
  const sentence = (low: number, high: number) => {
    const text = words(low, high);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const themes = Array.from({ length: 120 }, (_, i) => `theme ${word()} ${i}`);
  const keywords = Array.from({ length: 6000 }, (_, i) => `${word()} ${i}`);
  const categories = Array.from({ length: 12 }, (_, i) => `Category ${i}`);
  const types = Array.from({ length: 6 }, (_, i) => `Type ${i}`);
  const relevancy = () => (random() < 0.1 ? null : between(1, 5));
  const entries = (low: number, high: number) =>
    Array.from({ length: between(low, high) }, () => entry(sentence(2, 5), relevancy(), sentence(10, 22)));
  const unique = <T>(list: T[]) => [...new Set(list)];

  const briefs = Array.from({ length: briefCount }, (_, i) => {
    const date =
      random() < 0.03
        ? null
        : `${between(2019, 2025)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
    return brief(`b${i}`, {
      title: sentence(4, 9),
      page: date?.replaceAll('-', '') ?? null,
      date,
      keywords: unique(Array.from({ length: between(5, 10) }, () => zipf(keywords))),
      themes: unique(Array.from({ length: between(2, 5) }, () => zipf(themes))),
      category: random() < 0.05 ? null : zipf(categories),
      type: random() < 0.05 ? null : zipf(types),
      summary: sentence(50, 90),
      signals: Array.from({ length: between(4, 8) }, () =>
        signal(sentence(2, 5), relevancy(), {
          description: sentence(10, 22),
          change: sentence(1, 3),
          tenYear: sentence(6, 12),
          drivingForce: sentence(3, 7),
        }),
      ),
      concerns: entries(2, 5),
      behaviors: entries(2, 5),
      technologies: entries(2, 5),
      issues: entries(1, 4),
    });
  });
  return buildDataset(briefs, { files: briefCount, skipped: 0 });
}

/**
 * Eight briefs in index order (dates descending, undated last) whose expected query results are
 * worked out by hand in the tests. Signal row ids: b0 -> 0, 1; b1 -> 2, 3; b2 -> 4; b4 -> 5;
 * b5 -> 6; b6 -> 7. Concerns: b0 -> 0; b3 -> 1. Behaviors: b2 -> 0; b4 -> 1.
 * Technologies: b0 -> 0; b5 -> 1. Issues: b1 -> 0.
 */
export function handDataset(): Dataset {
  return datasetOf([
    brief('b0', {
      title: 'Solar roofs spread',
      date: '2025-03-10',
      themes: ['Energy', 'Climate'],
      keywords: ['solar', 'Roofs'],
      category: 'Technology',
      type: 'Article',
      summary: 'Cheap panels change cities.',
      signals: [
        signal('Rooftop solar', 5, {
          description: 'Panels on every roof',
          change: 'Energy',
          tenYear: 'Most homes produce power',
          drivingForce: 'Falling prices',
        }),
        signal('Grid strain', 3, {
          description: 'Noon peaks',
          change: 'Infrastructure',
          tenYear: 'Batteries everywhere',
          drivingForce: 'Demand',
        }),
      ],
      concerns: [entry('Grid stability', 4, 'Peaks at noon')],
      technologies: [entry('Perovskite cells', null, 'Thin film')],
    }),
    brief('b1', {
      title: 'Heat waves and health',
      date: '2025-03-02',
      themes: ['climate', 'Health'],
      keywords: ['heat', 'hospitals'],
      category: 'Science',
      type: 'Report',
      summary: 'Hospitals prepare for hotter summers.',
      signals: [signal('Heat alerts', 4), signal('cooling centers', 2, { drivingForce: 'Aging population' })],
      issues: [entry('Staff shortages', 5)],
    }),
    brief('b2', {
      title: 'Electric buses',
      date: '2025-02-15',
      themes: ['Energy', 'Mobility'],
      keywords: ['buses', 'Solar'],
      category: 'technology',
      type: 'Article',
      summary: 'Cities buy electric fleets.',
      signals: [signal('Bus fleets electrify', 3)],
      behaviors: [entry('Commuters switch', 2)],
    }),
    brief('b3', {
      title: 'Water markets',
      date: '2025-01-20',
      themes: ['Climate', 'Economy'],
      keywords: ['water', 'Water  rights'],
      category: 'Economy',
      type: 'Opinion',
      summary: 'Trading rights for rivers.',
      concerns: [entry('Speculation', 1)],
    }),
    brief('b4', {
      title: 'Quiet quitting',
      date: '2024-12-31',
      themes: ['Work'],
      keywords: ['work', 'burnout'],
      category: 'Society',
      type: 'Article',
      summary: 'Workers do the minimum.',
      signals: [signal('Four-day week', null)],
      behaviors: [entry('Minimal effort', null)],
    }),
    brief('b5', {
      title: 'Urban farms',
      date: '2024-12-01',
      themes: ['Food', ' CLIMATE '],
      keywords: ['farms'],
      type: 'Article',
      summary: 'Vertical farms in cities.',
      signals: [signal('Vertical farming', 5)],
      technologies: [entry('Hydroponics', 4)],
    }),
    brief('b6', {
      title: 'Undated essay on energy',
      themes: ['Energy', 'Work'],
      keywords: ['essay', 'water rights '],
      category: 'Society',
      type: 'Essay',
      summary: 'Thoughts on power.',
      signals: [signal('Energy thrift', 2)],
      warnings: ['page id is not a date'],
    }),
    brief('b7', { title: 'Empty brief' }),
  ]);
}
