import { ENTRY_KIND_LABELS, ENTRY_KINDS, type EntryKind } from '../model/types';
import { demoId } from './demoId';
import { drawLabel, spellVariant } from './labels';
import { bulletList, characterBulletList, section, table } from './markdown';
import { Random, WeightedPicker, streamSeed } from './random';
import { PLANTED_SUBJECTS, type PlantedSubject, type SubjectTrend } from './subjects';
import {
  ACTORS,
  CATEGORIES,
  CATEGORY_WEIGHTS,
  DOMAINS,
  EURO_REMARKS,
  FOREIGN_LANGUAGES,
  PIPE_REMARKS,
  PLACES,
  QUOTED_REMARKS,
  ROW_TEMPLATES,
  SOURCES,
  SUMMARY_SENTENCES,
  TITLES,
  TYPES,
  TYPE_WEIGHTS,
  titleCase,
  type LanguagePack,
  type Slots,
} from './vocabulary';

export interface GenerateOptions {
  briefs: number;
  seed: number;
}

/** A: the current layout (Other section, five tables); B: the older one (summary first, four-column Signals, Closest). */
export type Layout = 'A' | 'B';

/** The irregularities a generated brief may carry on purpose, each mirroring one seen in real briefs. */
export type Quirk =
  | 'page-suffix' // 20250511d
  | 'page-slug' // 20251231-a-yearly-review
  | 'page-number' // 4320.0: no date
  | 'page-trailing-space'
  | 'future-date'
  | 'split-lists' // keywords (and sometimes themes) one character per bullet
  | 'empty-bullet'
  | 'case-variant' // a keyword title-cased
  | 'no-relevancy' // Concerns..Issues tables without a relevancy column
  | 'src-technologies' // Technologies as description | relevancy | src, no name
  | 'missing-section'
  | 'reordered'
  | 'closest' // a Closest section in layout A
  | 'self-link' // Closest links to the brief itself
  | 'non-english'
  | 'typographic-quotes'
  | 'euro'
  | 'long-cell'
  | 'escaped-pipe'
  | 'compact-tables';

/** What a generated file was written to contain, so tests can compare a parse against it. */
export interface IntendedBrief {
  layout: Layout;
  quirks: Quirk[];
  date: string | null;
  keywords: string[];
  themes: string[];
  rows: Record<EntryKind, number>;
}

export interface GeneratedBrief {
  file: string;
  text: string;
  intended: IntendedBrief;
  /** The id of the planted subject the brief is about (one of PLANTED_SUBJECTS); not written in the text. */
  subject: string;
}

/** Lazily yields `options.briefs` synthetic briefs; the same seed always gives the same files. */
export function* generateBriefs(options: GenerateOptions): Generator<GeneratedBrief> {
  for (let index = 1; index <= options.briefs; index++)
    yield generateBrief(options.seed, index, options.briefs);
}

/** Per-brief probabilities (those naming layout A apply to A briefs only). */
const RATES = {
  layoutB: 0.36,
  foreign: 0.022,
  pageSuffix: 0.04,
  pageSlug: 0.02,
  pageNumber: 0.02,
  pageTrailingSpace: 0.01,
  futureDate: 0.036,
  splitLists: 0.018,
  splitThemesToo: 0.5,
  emptyBullet: 0.005,
  caseVariant: 0.02,
  noRelevancyInA: 0.55,
  srcTechnologiesInA: 0.006,
  missingSectionInA: 0.056,
  reorderedInA: 0.04,
  closestInA: 0.05,
  selfLink: 0.1,
  duplicateLink: 0.1,
  typographicQuotes: 0.05,
  euro: 0.03,
  longCell: 0.005,
  escapedPipe: 0.005,
  compactTables: 0.1,
  keywordFromBrief: 0.7,
  /** Most briefs carry one of their subject's themes, and now and then a second. */
  subjectTheme: 0.6,
  secondSubjectTheme: 0.15,
};

/** Counts per brief, shaped like the real corpus's. */
const THEME_COUNT_PICKER = new WeightedPicker([3, 4, 5, 6, 8], [20, 7, 25, 2, 1]);
const KEYWORD_COUNT_PICKER = new WeightedPicker([5, 6, 7, 8, 9, 10], [11, 6, 9, 3, 4, 22]);
const SUBJECT_KEYWORD_COUNT_PICKER = new WeightedPicker([0, 1, 2], [2, 5, 2]);
const SIGNAL_COUNT_PICKER = new WeightedPicker([1, 4, 5, 6, 7, 9, 10, 11], [3, 10, 30, 4, 1, 1, 4, 2]);
const SUBJECT_PICKER = new WeightedPicker(
  PLANTED_SUBJECTS,
  PLANTED_SUBJECTS.map((subject) => subject.weight),
);
const CATEGORY_PICKER = new WeightedPicker(CATEGORIES, CATEGORY_WEIGHTS);
const TYPE_PICKER = new WeightedPicker(TYPES, TYPE_WEIGHTS);
/** Relevancy 3-5 only, mostly 4, as in real briefs. */
const RELEVANCY_PICKER = new WeightedPicker([1, 2, 3, 4, 5], [0, 0, 16, 52, 31]);

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const FIRST_ISSUE = Date.UTC(2021, 0, 3);
const LAST_ISSUE = Date.UTC(2026, 8, 27);
/**
 * Weekly issues. Overall later ones are about five times as frequent as the first ones; an emerging
 * subject's briefs crowd into the last two years, a fading one's into the first years.
 */
const ISSUE_PICKERS: Record<SubjectTrend, WeightedPicker<number>> = (() => {
  const weeks = Math.floor((LAST_ISSUE - FIRST_ISSUE) / WEEK_MS) + 1;
  const times = Array.from({ length: weeks }, (_, week) => FIRST_ISSUE + week * WEEK_MS);
  const picker = (growth: number) =>
    new WeightedPicker(
      times,
      times.map((_, week) => Math.exp((growth * week) / weeks)),
    );
  return { steady: picker(1.6), emerging: picker(5), fading: picker(-3) };
})();
const FUTURE_START = Date.UTC(2027, 0, 1);
const FUTURE_DAYS = 4 * 365;

const PAGE_SLUGS = ['a-yearly-review', 'special-issue', 'reader-mailbag', 'summer-reading'];
const ENTRY_SECTION_KINDS = ['concerns', 'behaviors', 'technologies', 'issues'] as const;
interface Row {
  name: string;
  description: string;
  relevancy: number;
  change: string;
  tenYear: string;
  drivingForce: string;
}

/** What is drawn first from a brief's stream: enough to title it, and so to link to it from another brief. */
interface Head {
  subject: PlantedSubject;
  layout: Layout;
  language: LanguagePack | null;
  themes: string[];
  keywords: string[];
  slots: BriefSlots;
  title: string;
}

class BriefSlots implements Slots {
  constructor(
    private readonly random: Random,
    private readonly keywords: readonly string[],
    private readonly themes: readonly string[],
    private readonly subject: PlantedSubject,
  ) {}

  keyword(): string {
    return this.random.chance(RATES.keywordFromBrief)
      ? this.random.pick(this.keywords)
      : this.random.pick(this.subject.keywords);
  }

  theme(): string {
    return this.random.pick(this.themes);
  }

  actor(): string {
    return this.random.pick(ACTORS);
  }

  place(): string {
    return this.random.pick(PLACES);
  }

  year(): number {
    return this.random.int(2015, 2021);
  }

  percent(): number {
    return this.random.int(12, 85);
  }

  pick<T>(items: readonly T[]): T {
    return this.random.pick(items);
  }
}

function drawHead(random: Random): Head {
  const subject = SUBJECT_PICKER.pick(random);
  const layout: Layout = random.chance(RATES.layoutB) ? 'B' : 'A';
  const language = random.chance(RATES.foreign) ? pickLanguage(random) : null;
  const subjectThemes = !random.chance(RATES.subjectTheme)
    ? 0
    : random.chance(RATES.secondSubjectTheme)
      ? 2
      : 1;
  const themes = labelList(
    random,
    THEME_COUNT_PICKER.pick(random),
    random.shuffled(subject.themes).slice(0, subjectThemes),
    'theme',
  );
  const keywords = labelList(
    random,
    KEYWORD_COUNT_PICKER.pick(random),
    random.shuffled(subject.keywords).slice(0, SUBJECT_KEYWORD_COUNT_PICKER.pick(random)),
    'keyword',
  );
  const slots = new BriefSlots(random, keywords, themes, subject);
  const title = language ? random.pick(language.titles)(slots) : titleCase(random.pick(TITLES)(slots));
  return { subject, layout, language, themes, keywords, slots, title };
}

/** French more often than the other languages, as in the real corpus. */
function pickLanguage(random: Random): LanguagePack {
  return random.chance(0.6) ? FOREIGN_LANGUAGES[0]! : random.pick(FOREIGN_LANGUAGES);
}

/** `count` labels, distinct whatever their case: the subject's first, then the long tail, shuffled. */
function labelList(
  random: Random,
  count: number,
  own: readonly string[],
  kind: 'theme' | 'keyword',
): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  const add = (label: string) => {
    if (seen.has(label.toLowerCase())) return;
    seen.add(label.toLowerCase());
    labels.push(label);
  };
  for (const label of own) add(spellVariant(label, random));
  while (labels.length < count) add(drawLabel(kind, random));
  return random.shuffled(labels);
}

function titleOf(seed: number, index: number): string {
  return drawHead(new Random(streamSeed(seed, index))).title;
}

/** The state shared by the steps that write one brief. */
interface Draw {
  random: Random;
  slots: Slots;
  language: LanguagePack | null;
  isA: boolean;
  /** Draws whether the brief carries `quirk`, and records it when it does. */
  has(quirk: Quirk, probability: number): boolean;
}

export function generateBrief(seed: number, index: number, total: number): GeneratedBrief {
  const random = new Random(streamSeed(seed, index));
  const head = drawHead(random);
  const quirks: Quirk[] = [];
  const draw: Draw = {
    random,
    slots: head.slots,
    language: head.language,
    isA: head.layout === 'A',
    has(quirk, probability) {
      const present = random.chance(probability);
      if (present) quirks.push(quirk);
      return present;
    },
  };
  if (head.language) quirks.push('non-english');

  const { page, date } = drawPage(draw, head.subject.trend);
  const keywords = [...head.keywords];
  if (draw.has('case-variant', RATES.caseVariant)) keywords[0] = titleCase(keywords[0] ?? '');
  const rows = drawRows(draw);
  const summary = [paragraph(draw, random.int(5, 7)), ...drawTextQuirks(draw, rows)].join(' ');

  const sections = new Map<string, string>([
    ...listSections(draw, keywords, head.themes),
    ['Summary', summary],
    ...tableSections(draw, rows),
  ]);
  if (!draw.isA || draw.has('closest', RATES.closestInA)) {
    sections.set('Closest', closestList(draw, seed, index, total));
  }

  const url = `https://${random.pick(DOMAINS)}/${date?.slice(0, 4) ?? '2024'}/${slug(head.title, index)}`;
  const pageUrl = `https://newsletter.example/p/${page.trim()}`;
  const heading = draw.isA
    ? `# __${head.title}__, (from page [${page}](${pageUrl}).)`
    : `# __${head.title}__, from ([${page}](${pageUrl}).)`;
  const order = sectionOrder(draw, [...sections.keys()]);
  const body = order.map((name) => section(name, sections.get(name) ?? '')).join('\n\n');

  return {
    file: `${demoId(seed, index)}.md`,
    text: `${heading}\n\n__[External link](${url})__\n\n\n\n${body}\n`,
    intended: {
      layout: head.layout,
      quirks,
      date,
      keywords,
      themes: head.themes,
      rows: {
        signals: rows.signals.length,
        concerns: rows.concerns.length,
        behaviors: rows.behaviors.length,
        technologies: rows.technologies.length,
        issues: rows.issues.length,
      },
    },
    subject: head.subject.id,
  };
}

function drawPage({ random, has }: Draw, trend: SubjectTrend): { page: string; date: string | null } {
  if (has('page-number', RATES.pageNumber)) return { page: `${random.int(1000, 9999)}.0`, date: null };
  const time = has('future-date', RATES.futureDate)
    ? FUTURE_START + random.int(0, FUTURE_DAYS) * DAY_MS
    : ISSUE_PICKERS[trend].pick(random);
  const date = new Date(time).toISOString().slice(0, 10);
  const compact = date.replaceAll('-', '');
  if (has('page-suffix', RATES.pageSuffix))
    return { page: `${compact}${random.pick(['a', 'b', 'c', 'd'])}`, date };
  if (has('page-slug', RATES.pageSlug)) return { page: `${compact}-${random.pick(PAGE_SLUGS)}`, date };
  if (has('page-trailing-space', RATES.pageTrailingSpace)) return { page: `${compact} `, date };
  return { page: compact, date };
}

function paragraph({ random, slots, language }: Draw, sentences: number): string {
  const templates = language ? language.sentences : SUMMARY_SENTENCES;
  return Array.from({ length: sentences }, () => random.pick(templates)(slots)).join(' ');
}

/** Layout B has Signals only; layout A has all five tables, now and then one of them missing. */
function drawRows(draw: Draw): Record<EntryKind, Row[]> {
  const { random, has } = draw;
  const rows: Record<EntryKind, Row[]> = {
    signals: Array.from({ length: SIGNAL_COUNT_PICKER.pick(random) }, () => signalRow(draw)),
    concerns: [],
    behaviors: [],
    technologies: [],
    issues: [],
  };
  if (!draw.isA) return rows;
  const missing = has('missing-section', RATES.missingSectionInA) ? random.pick(ENTRY_SECTION_KINDS) : null;
  for (const kind of ENTRY_SECTION_KINDS) {
    if (kind !== missing)
      rows[kind] = Array.from({ length: entryRowCount(random, kind) }, () => entryRow(draw, kind));
  }
  return rows;
}

/** Rows of a layout A table besides Signals: mostly 5-8, Technologies fewer, now and then 9-11. */
function entryRowCount(random: Random, kind: (typeof ENTRY_SECTION_KINDS)[number]): number {
  const count = random.chance(0.08) ? random.int(9, 11) : random.int(5, 8);
  return kind === 'technologies' ? Math.max(2, count - random.int(1, 3)) : count;
}

/** Adds quotes, euros, a very long cell or an escaped pipe to some cells; gives the sentences to add to the summary. */
function drawTextQuirks(draw: Draw, rows: Record<EntryKind, Row[]>): string[] {
  const { random, slots, has } = draw;
  const allRows = ENTRY_KINDS.flatMap((kind) => rows[kind]);
  /** Layout B signals have no description column: their Change column takes the text. */
  const appendToSomeCell = (text: string) => {
    const row = random.pick(allRows);
    if (draw.isA) row.description += ` ${text}`;
    else row.change += ` ${text}`;
  };
  const summaryAdditions: string[] = [];
  if (has('typographic-quotes', RATES.typographicQuotes)) {
    summaryAdditions.push(random.pick(QUOTED_REMARKS)(slots));
    appendToSomeCell(random.pick(QUOTED_REMARKS)(slots));
  }
  if (has('euro', RATES.euro)) summaryAdditions.push(random.pick(EURO_REMARKS)(slots));
  if (has('long-cell', RATES.longCell)) appendToSomeCell(paragraph(draw, random.int(14, 22)));
  if (has('escaped-pipe', RATES.escapedPipe)) appendToSomeCell(random.pick(PIPE_REMARKS)(slots));
  return summaryAdditions;
}

function listSections(draw: Draw, keywords: string[], themes: string[]): [string, string][] {
  const { random, has } = draw;
  const splitLists = has('split-lists', RATES.splitLists);
  const splitThemes = splitLists && random.chance(RATES.splitThemesToo);
  const lists: [string, string][] = [
    ['Keywords', (splitLists ? characterBulletList : bulletList)(keywords)],
    ['Themes', (splitThemes ? characterBulletList : bulletList)(themes)],
  ];
  if (has('empty-bullet', RATES.emptyBullet)) {
    const list = random.pick(lists);
    const items = list[1].split('\n');
    items.splice(random.int(0, items.length), 0, '* ');
    list[1] = items.join('\n');
  }
  if (draw.isA) {
    const other = bulletList([
      `Category: ${CATEGORY_PICKER.pick(random)}`,
      `Type: ${TYPE_PICKER.pick(random)}`,
    ]);
    lists.push(['Other', other]);
  }
  return lists;
}

function tableSections(draw: Draw, rows: Record<EntryKind, Row[]>): [string, string][] {
  const { random, has, isA } = draw;
  const aligned = !has('compact-tables', RATES.compactTables);
  const withRelevancy = !(isA && has('no-relevancy', RATES.noRelevancyInA));
  const tables: [string, string][] = [
    ['Signals', isA ? signalsTableA(rows.signals, aligned) : signalsTableB(rows.signals, aligned)],
  ];
  const srcTechnologies =
    isA && rows.technologies.length > 0 && has('src-technologies', RATES.srcTechnologiesInA);
  for (const kind of ENTRY_SECTION_KINDS) {
    if (rows[kind].length === 0) continue;
    const body =
      kind === 'technologies' && srcTechnologies
        ? srcTable(rows[kind], random, aligned)
        : entryTable(rows[kind], withRelevancy, aligned);
    tables.push([ENTRY_KIND_LABELS[kind], body]);
  }
  return tables;
}

function descriptionText(draw: Draw, template: (s: Slots) => string): string {
  return draw.language ? draw.random.pick(draw.language.sentences)(draw.slots) : template(draw.slots);
}

function signalRow(draw: Draw): Row {
  const { slots } = draw;
  return {
    name: ROW_TEMPLATES.signalName(slots),
    description: descriptionText(draw, ROW_TEMPLATES.signalDescription),
    relevancy: RELEVANCY_PICKER.pick(draw.random),
    change: ROW_TEMPLATES.change(slots),
    tenYear: ROW_TEMPLATES.tenYear(slots),
    drivingForce: ROW_TEMPLATES.drivingForce(slots),
  };
}

const ENTRY_TEMPLATES = {
  concerns: [ROW_TEMPLATES.concernName, ROW_TEMPLATES.concernDescription],
  behaviors: [ROW_TEMPLATES.behaviorName, ROW_TEMPLATES.behaviorDescription],
  technologies: [ROW_TEMPLATES.technologyName, ROW_TEMPLATES.technologyDescription],
  issues: [ROW_TEMPLATES.issueName, ROW_TEMPLATES.issueDescription],
} as const;

/** Rows of the four name | description tables: the signal-only cells stay empty. */
function entryRow(draw: Draw, kind: (typeof ENTRY_SECTION_KINDS)[number]): Row {
  const [name, description] = ENTRY_TEMPLATES[kind];
  return {
    name: name(draw.slots),
    description: descriptionText(draw, description),
    relevancy: RELEVANCY_PICKER.pick(draw.random),
    change: '',
    tenYear: '',
    drivingForce: '',
  };
}

function signalsTableA(rows: Row[], aligned: boolean): string {
  return table(
    ['name', 'description', 'change', '10-year', 'driving-force', 'relevancy'],
    rows.map((row) => [
      row.name,
      row.description,
      row.change,
      row.tenYear,
      row.drivingForce,
      String(row.relevancy),
    ]),
    [false, false, false, false, false, true],
    aligned,
  );
}

function signalsTableB(rows: Row[], aligned: boolean): string {
  return table(
    ['Signal', 'Change', '10y horizon', 'Driving force'],
    rows.map((row) => [row.name, row.change, row.tenYear, row.drivingForce]),
    [false, false, false, false],
    aligned,
  );
}

function entryTable(rows: Row[], withRelevancy: boolean, aligned: boolean): string {
  if (!withRelevancy) {
    return table(
      ['name', 'description'],
      rows.map((row) => [row.name, row.description]),
      [false, false],
      aligned,
    );
  }
  return table(
    ['name', 'description', 'relevancy'],
    rows.map((row) => [row.name, row.description, String(row.relevancy)]),
    [false, false, true],
    aligned,
  );
}

function srcTable(rows: Row[], random: Random, aligned: boolean): string {
  return table(
    ['description', 'relevancy', 'src'],
    rows.map((row) => [row.description, String(row.relevancy), random.pick(SOURCES)]),
    [false, true, false],
    aligned,
  );
}

function closestList({ random, has }: Draw, seed: number, index: number, total: number): string {
  const others =
    total > 1 ? Array.from({ length: random.int(3, 6) }, () => randomOther(random, index, total)) : [];
  const links = others.map((other) => ({ index: other, title: titleOf(seed, other) }));
  if (links.length > 0 && has('self-link', RATES.selfLink)) {
    const self = { index, title: titleOf(seed, index) };
    for (let copies = random.int(1, 3); copies > 0; copies--)
      links.splice(random.int(0, links.length), 0, self);
  }
  if (links.length > 0 && random.chance(RATES.duplicateLink)) links.push(random.pick(links));
  return bulletList(links.map((link) => `[${link.title}](${demoId(seed, link.index)})`));
}

function randomOther(random: Random, index: number, total: number): number {
  const other = random.int(1, total - 1);
  return other >= index ? other + 1 : other;
}

/** Layout A order, or B's (summary first); sometimes shuffled like the briefs that come out of order. */
function sectionOrder({ random, has, isA }: Draw, names: string[]): string[] {
  const summaryFirst = () => ['Summary', ...names.filter((name) => name !== 'Summary')];
  if (!isA) return summaryFirst();
  if (!has('reordered', RATES.reorderedInA)) return names;
  const lists = names.indexOf('Summary') + 1;
  return random.chance(0.5)
    ? summaryFirst()
    : [...names.slice(0, lists), ...random.shuffled(names.slice(lists))];
}

function slug(title: string, index: number): string {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${words || 'article'}-${index}`;
}
