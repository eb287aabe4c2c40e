import { ENTRY_KINDS, type Brief, type EntryKind } from '../model/types';

/**
 * The figures that say what a corpus of parsed briefs looks like, measured the same way on the real
 * corpus and on generated ones (the generator is calibrated against them; see README.md here).
 * Shares are in [0, 1]; lengths are in characters.
 */
export interface CorpusFigures {
  briefs: number;
  themesPerBrief: number;
  keywordsPerBrief: number;
  /** Distinct themes (lower-cased) carried by one brief only, over all distinct themes. */
  oneBriefThemes: number;
  oneBriefKeywords: number;
  /** Briefs carrying at least one of the 20 themes carried by the most briefs. */
  top20ThemeCoverage: number;
  /** Label occurrences (themes and keywords) starting with a capital, acronyms aside: `Technology`. */
  capitalisedLabels: number;
  /** Label occurrences whose last word is a plural in -s: `AI models`. */
  pluralLabels: number;
  /** Label occurrences holding a hyphen, slash, ampersand or other punctuation: `AR/VR`, `eco-friendly`. */
  punctuatedLabels: number;
  /** Label occurrences holding an acronym (2-6 capitals, digits allowed): `AI`, `LLaMA2` does not count. */
  acronymLabels: number;
  summaryLength: number;
  /** Name and description cells of every row; change, 10-year and driving-force cells of signals. */
  nameLength: number;
  descriptionLength: number;
  signalCellLength: number;
  /** Mean rows per brief, per table kind. */
  rowsPerBrief: Record<EntryKind, number>;
  /** Briefs in the older layout: signals only, no Other section. */
  layoutB: number;
  /** Rows with a relevancy, over all rows. */
  rowsWithRelevancy: number;
  /** Share of each level 1..5 among rows with a relevancy. */
  relevancyLevels: [number, number, number, number, number];
  /** Briefs whose page id is not a plain date (suffix, slug, spaces, or no date at all). */
  irregularPageIds: number;
  /** Briefs whose keywords or themes came as one character per bullet. */
  characterSplitLists: number;
  futureDates: number;
  /** Briefs lacking keywords, themes, summary or, in the current layout, one of the five tables. */
  missingSections: number;
  /** Briefs written in French. */
  french: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const mean = (values: readonly number[]) => share(sum(values), values.length);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Briefs in the older layout: no Other section (category, type) and no table but Signals. */
export function isLayoutB(brief: Brief): boolean {
  return (
    brief.category === null &&
    brief.type === null &&
    ENTRY_KINDS.every((kind) => kind === 'signals' || brief[kind].length === 0)
  );
}

const FRENCH_WORDS =
  /(^|\s)(les|des|une|dans|pour|avec|sont|est|qui|sur|du|la|le|de|et|que|aux|ce|cette)(?=\s)/g;

/** At least one word in eight of the summary is a common French word. */
export function isFrench(text: string): boolean {
  const words = text.split(/\s+/).length;
  return (text.toLowerCase().match(FRENCH_WORDS)?.length ?? 0) * 8 >= words;
}

const ACRONYM = /(^|[^A-Za-z])[A-Z][A-Z0-9]{1,5}s?($|[^A-Za-z])/;
const PUNCTUATION = /[-/&.,:'’()+]/;
const PLURAL = /[a-z][^s]s$/;

function labelFigures(labels: readonly string[]) {
  const capitalised = labels.filter((label) => /^[A-Z][a-z]/.test(label)).length;
  return {
    capitalised,
    plural: labels.filter((label) => PLURAL.test(label)).length,
    punctuated: labels.filter((label) => PUNCTUATION.test(label)).length,
    acronym: labels.filter((label) => ACRONYM.test(label)).length,
  };
}

/** Distinct lower-cased labels carried by one brief only, and the briefs per label. */
function spread(lists: readonly (readonly string[])[]) {
  const briefsPerLabel = new Map<string, number>();
  for (const list of lists) {
    for (const label of new Set(list.map((item) => item.toLowerCase()))) {
      briefsPerLabel.set(label, (briefsPerLabel.get(label) ?? 0) + 1);
    }
  }
  const once = [...briefsPerLabel.values()].filter((count) => count === 1).length;
  return { oneBrief: share(once, briefsPerLabel.size), briefsPerLabel };
}

function topCoverage(briefs: readonly Brief[], briefsPerLabel: Map<string, number>, top: number): number {
  const common = new Set(
    [...briefsPerLabel]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([label]) => label),
  );
  const covered = briefs.filter((brief) => brief.themes.some((theme) => common.has(theme.toLowerCase())));
  return share(covered.length, briefs.length);
}

const IRREGULAR_PAGE = /page id .* (is not a plain date|is not a date|has surrounding spaces)/;
const SPLIT_LIST = /rejoined \d+ one-character bullets/;

function hasMissingSection(brief: Brief): boolean {
  if (brief.keywords.length === 0 || brief.themes.length === 0 || brief.summary === '') return true;
  return !isLayoutB(brief) && ENTRY_KINDS.some((kind) => brief[kind].length === 0);
}

/** The figures of `briefs`; `today` (yyyy-mm-dd) decides which dates are in the future. */
export function measureBriefs(briefs: readonly Brief[], today: string): CorpusFigures {
  const themes = spread(briefs.map((brief) => brief.themes));
  const keywords = spread(briefs.map((brief) => brief.keywords));
  const labels = labelFigures(briefs.flatMap((brief) => [...brief.themes, ...brief.keywords]));
  const labelCount = sum(briefs.map((brief) => brief.themes.length + brief.keywords.length));
  const rows = briefs.flatMap((brief) => ENTRY_KINDS.flatMap((kind) => brief[kind]));
  const signals = briefs.flatMap((brief) => brief.signals);
  const rated = rows.flatMap((row) => (row.relevancy === null ? [] : [row.relevancy]));
  const level = (value: number) =>
    share(rated.filter((relevancy) => relevancy === value).length, rated.length);
  const briefShare = (test: (brief: Brief) => boolean) => share(briefs.filter(test).length, briefs.length);
  const warned = (pattern: RegExp) => briefShare((brief) => brief.warnings.some((w) => pattern.test(w)));
  const rowsPerBrief = {} as Record<EntryKind, number>;
  for (const kind of ENTRY_KINDS) rowsPerBrief[kind] = mean(briefs.map((brief) => brief[kind].length));
  return {
    briefs: briefs.length,
    themesPerBrief: mean(briefs.map((brief) => brief.themes.length)),
    keywordsPerBrief: mean(briefs.map((brief) => brief.keywords.length)),
    oneBriefThemes: themes.oneBrief,
    oneBriefKeywords: keywords.oneBrief,
    top20ThemeCoverage: topCoverage(briefs, themes.briefsPerLabel, 20),
    capitalisedLabels: share(labels.capitalised, labelCount),
    pluralLabels: share(labels.plural, labelCount),
    punctuatedLabels: share(labels.punctuated, labelCount),
    acronymLabels: share(labels.acronym, labelCount),
    summaryLength: mean(briefs.map((brief) => brief.summary.length)),
    nameLength: mean(rows.map((row) => row.name.length)),
    descriptionLength: mean(
      rows.filter((row) => row.description !== '').map((row) => row.description.length),
    ),
    signalCellLength: mean(
      signals.flatMap((signal) =>
        [signal.change, signal.tenYear, signal.drivingForce]
          .filter((cell) => cell !== '')
          .map((c) => c.length),
      ),
    ),
    rowsPerBrief,
    layoutB: briefShare(isLayoutB),
    rowsWithRelevancy: share(rated.length, rows.length),
    relevancyLevels: [level(1), level(2), level(3), level(4), level(5)],
    irregularPageIds: warned(IRREGULAR_PAGE),
    characterSplitLists: warned(SPLIT_LIST),
    futureDates: briefShare((brief) => brief.date !== null && brief.date > today),
    missingSections: briefShare(hasMissingSection),
    french: briefShare((brief) => isFrench(brief.summary)),
  };
}

/** One figure of the real corpus beside the generator's. */
export interface FigureComparison {
  figure: string;
  real: number;
  generated: number;
  /** Compared on slices of the generated corpus as large as the real one (the figure depends on size). */
  sliced: boolean;
  /** Within 20% of the real figure (both 0 counts as within). */
  close: boolean;
}

/**
 * Figures that depend on the corpus's size (how many labels repeat): compared on slices of the
 * generated corpus as large as the real one, averaged. The others are compared on the whole.
 */
const SIZE_DEPENDENT = ['oneBriefThemes', 'oneBriefKeywords', 'top20ThemeCoverage'] as const;

export const CLOSE_ENOUGH = 0.2;

function flatten(figures: CorpusFigures): Map<string, number> {
  const flat = new Map<string, number>();
  for (const [name, value] of Object.entries(figures)) {
    if (name === 'briefs') continue;
    if (typeof value === 'number') flat.set(name, value);
    else if (Array.isArray(value)) value.forEach((level, index) => flat.set(`${name}[${index + 1}]`, level));
    else
      for (const [kind, rows] of Object.entries(value as Record<string, number>))
        flat.set(`${name}.${kind}`, rows);
  }
  return flat;
}

/** The real corpus's figures beside those of `generated` (parsed generated briefs, many more than the real ones). */
export function compareFigures(
  real: readonly Brief[],
  generated: readonly Brief[],
  today: string,
): FigureComparison[] {
  const realFigures = flatten(measureBriefs(real, today));
  const whole = flatten(measureBriefs(generated, today));
  const slices: Map<string, number>[] = [];
  for (let start = 0; start + real.length <= generated.length; start += real.length) {
    slices.push(flatten(measureBriefs(generated.slice(start, start + real.length), today)));
  }
  return [...realFigures].map(([figure, value]) => {
    const sliced = (SIZE_DEPENDENT as readonly string[]).includes(figure);
    const produced = sliced ? mean(slices.map((slice) => slice.get(figure) ?? 0)) : (whole.get(figure) ?? 0);
    return {
      figure,
      real: value,
      generated: produced,
      sliced,
      close: Math.abs(produced - value) <= CLOSE_ENOUGH * value,
    };
  });
}
