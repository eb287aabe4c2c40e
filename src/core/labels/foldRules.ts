/**
 * The rules that fold one label on its own, before the corpus is looked at (see labelFold.ts for
 * what needs the corpus: plurals whose singular occurs, and acronyms whose expansion occurs).
 */

/** One word of a label as the fold reads it. */
export interface FoldToken {
  /** Lower case, except an acronym that spells a common word (`US`, `IT`, `WHO`), kept upper case. */
  text: string;
  /** Written in capitals (`AI`, `EVs`, `U.S.`): a candidate acronym. */
  acronym: boolean;
}

/**
 * Short words that are also acronyms: written in capitals they stay apart from the word
 * (`US` is not `us`, `IT` is not `it`). Every other acronym folds with its lower-case spelling.
 */
const ACRONYM_WORDS = new Set([
  'a', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my',
  'no', 'of', 'oh', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'act', 'aid', 'all', 'art', 'can',
  'car', 'cat', 'dam', 'fed', 'rag', 'war', 'who', 'win', 'le', 'la', 'les', 'un', 'une', 'et', 'ou', 'du', 'de',
  'des', 'en', 'il', 'on', 'se', 'ce', 'sur', 'par',
]); // prettier-ignore

/** Capital letters and digits, two to six, at least one letter, maybe with a lower-case plural s: `AI`, `5G`, `LLMs`. */
const ACRONYM = /^(?=[A-Z0-9]*[A-Z])([A-Z0-9]{2,6})s?$/;

/**
 * The tokens of a label: Unicode-normalised, `&` read as `and`, apostrophes dropped, dotted
 * initials joined (`U.S.` -> `US`), every other punctuation mark (hyphens, slashes, dots,
 * commas) a word break. Accents are kept: `résumé` is not `resume`.
 */
export function foldTokens(label: string): FoldToken[] {
  // Most labels are plain words: they skip the normalising passes (a fifth of the time).
  const text = PLAIN_WORDS.test(label) ? label.trim() : normalised(label);
  if (text === '') return [];
  return text.split(/ +/).map(foldToken);
}

const PLAIN_WORDS = /^[A-Za-z0-9 ]*$/;

function normalised(label: string): string {
  return label
    .normalize('NFKC')
    .replace(/[’‘ʼ`']/g, '')
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}(?![\p{L}\p{N}])/gu, (initials) =>
      initials.replaceAll('.', '').toUpperCase(),
    )
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

function foldToken(word: string): FoldToken {
  const acronym = ACRONYM.exec(word);
  if (acronym === null) return { text: word.toLowerCase(), acronym: false };
  const letters = acronym[1]!;
  const lower = letters.toLowerCase();
  return { text: ACRONYM_WORDS.has(lower) ? letters : lower, acronym: true };
}

/** Words whose final s is not a plural's: `news` is not `new`s, `politics` not `politic`s. */
const NOT_PLURALS = new Set([
  'news', 'series', 'species', 'means', 'arts', 'goods', 'sales', 'customs', 'glasses', 'lots',
  'politics', 'economics', 'ethics', 'physics', 'mathematics', 'statistics', 'robotics', 'electronics',
  'logistics', 'analytics', 'genetics', 'graphics', 'humanities', 'futures', 'savings', 'earnings',
  'always', 'perhaps', 'whereas', 'towards', 'afterwards', 'canvas', 'atlas', 'bias', 'gas', 'chaos',
  'ethos', 'kudos', 'lens', 'diabetes', 'rabies', 'measles', 'plus', 'minus', 'alias', 'thesis',
]); // prettier-ignore

/** Plurals no suffix rule finds. */
const IRREGULAR_PLURALS: Record<string, string> = {
  analyses: 'analysis',
  crises: 'crisis',
  theses: 'thesis',
  hypotheses: 'hypothesis',
  diagnoses: 'diagnosis',
  syntheses: 'synthesis',
  bases: 'basis',
  children: 'child',
  women: 'woman',
  men: 'man',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  indices: 'index',
  mice: 'mouse',
  lives: 'life',
  knives: 'knife',
  wives: 'wife',
  leaves: 'leaf',
  selves: 'self',
  halves: 'half',
  shelves: 'shelf',
  wolves: 'wolf',
  teeth: 'tooth',
  feet: 'foot',
};

/**
 * The singulars a word could be the plural of, most likely first; empty when it is not a plural.
 * They are only candidates: the corpus fold keeps one only when it occurs in the data, so
 * `movies` finds `movie` and `policies` finds `policy` without a dictionary.
 */
export function singularCandidates(word: string): string[] {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return [irregular];
  if (word.length < 4 || NOT_PLURALS.has(word) || !/\p{Ll}$/u.test(word)) return [];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`, word.slice(0, -1)];
  if (word.endsWith('ves')) return [word.slice(0, -1), `${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`];
  if (word.endsWith('es')) return [word.slice(0, -1), word.slice(0, -2)];
  if (word.endsWith('aux')) return [`${word.slice(0, -3)}al`, word.slice(0, -1)];
  if (word.endsWith('x')) return [word.slice(0, -1)];
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return [word.slice(0, -1)];
  return [];
}

/** Words left out of an acronym's initials (`internet of things` may be `IT` or `IoT`; both are tried). */
const LINKING_WORDS = new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  'on',
  'to',
  'de',
  'des',
  'du',
  'et',
  'la',
  'le',
]);

/** The acronyms a run of words can be written as: its initials, with and without linking words. */
export function initialsOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const all = words.map((word) => word[0]!).join('');
  const content = words
    .filter((word) => !LINKING_WORDS.has(word))
    .map((word) => word[0]!)
    .join('');
  return content === all || content.length < 2 ? [all] : [all, content];
}

/**
 * Acronyms we expand whether or not the expansion occurs in the data: common in trend briefs,
 * and unambiguous there. Keys are acronyms as foldTokens gives them.
 */
export const KNOWN_ACRONYMS: Record<string, string> = {
  ai: 'artificial intelligence',
  agi: 'artificial general intelligence',
  genai: 'generative artificial intelligence',
  ml: 'machine learning',
  nlp: 'natural language processing',
  llm: 'large language model',
  RAG: 'retrieval augmented generation',
  ar: 'augmented reality',
  vr: 'virtual reality',
  xr: 'extended reality',
  iot: 'internet of things',
  ev: 'electric vehicle',
  esg: 'environmental social and governance',
  dei: 'diversity equity and inclusion',
  ubi: 'universal basic income',
  mba: 'master of business administration',
  eu: 'european union',
  uk: 'united kingdom',
  US: 'united states',
  usa: 'united states',
};
