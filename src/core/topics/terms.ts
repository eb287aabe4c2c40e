import { ENTRY_KINDS, type Brief } from '../model/types';
import { STOP_WORDS } from './stopWords';

/** A brief's text as weighted terms: term -> weight (how often, times how telling the field is). */
export type TermWeights = Map<string, number>;

/**
 * How much one occurrence counts, per field: the title and the labels the brief gives itself say
 * most about its subject; the tables say much, but at length.
 */
const FIELD_WEIGHTS = {
  title: 3,
  themes: 2,
  keywords: 2,
  summary: 1,
  rowName: 1,
  rowText: 0.5,
} as const;

const APOSTROPHES = new Set(["'", '’']);
const ELIDED = new Set(['l', 'd', 'j', 'qu', 'n', 's', 'c', 'm', 't']);

/** A word as a term: lowercase, an English plural made singular, a French elision dropped ("l'énergie" -> "énergie"). */
export function normalizeWord(word: string): string {
  let term = word.toLowerCase();
  const apostrophe = term.search(/['’]/);
  if (apostrophe > 0) {
    const before = term.slice(0, apostrophe);
    const after = term.slice(apostrophe + 1);
    term = ELIDED.has(before) ? after : after === 's' ? before : before + after;
  }
  return singular(term);
}

const KEPT_ENDINGS = ['ss', 'us', 'is', 'os', 'as', 'ics'];
const ES_ENDINGS = ['ches', 'shes', 'xes', 'sses'];

function singular(term: string): string {
  if (term.length <= 3 || !term.endsWith('s')) return term;
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
  if (KEPT_ENDINGS.some((ending) => term.endsWith(ending))) return term;
  if (ES_ENDINGS.some((ending) => term.endsWith(ending))) return term.slice(0, -2);
  return term.slice(0, -1);
}

function isContentWord(term: string): boolean {
  if (term.length < 2 || STOP_WORDS.has(term)) return false;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code < 48 || code > 57) return true;
  }
  return false;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Letters and digits of any script; ASCII answered without a regular expression. */
function isWordCharacter(code: number, character: string): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(character);
}

/**
 * Adds a text's terms: each content word, and each pair of content words that follow each other
 * with only spaces or a hyphen between them (so "open source" is a term, and so are "open" and
 * "source"). `surface` collects how each term was written, to name it as written.
 */
export function addTerms(text: string, weight: number, into: TermWeights, surface?: SurfaceForms): void {
  let previous: string | null = null;
  let joined = false;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isWordCharacter(code, text[i]!)) {
      // Only spaces and hyphens keep two words together as a pair.
      if (code !== 32 && code !== 45) joined = false;
      i++;
      continue;
    }
    const start = i;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (isWordCharacter(c, text[i]!)) i++;
      else if (
        APOSTROPHES.has(text[i]!) &&
        i + 1 < length &&
        isWordCharacter(text.charCodeAt(i + 1), text[i + 1]!)
      )
        i += 2;
      else break;
    }
    const word = text.slice(start, i);
    const term = normalizeWord(word);
    if (!isContentWord(term)) {
      previous = null;
      joined = true;
      continue;
    }
    into.set(term, (into.get(term) ?? 0) + weight);
    if (surface !== undefined && isAcronym(word)) surface.note(term, word);
    if (previous !== null && joined && previous !== term) {
      const pair = `${previous} ${term}`;
      into.set(pair, (into.get(pair) ?? 0) + weight);
    }
    previous = term;
    joined = true;
  }
}

/** The weighted terms of a brief's title, themes, keywords, summary and table rows. */
export function briefTerms(brief: Brief, surface?: SurfaceForms): TermWeights {
  const terms: TermWeights = new Map();
  addTerms(brief.title, FIELD_WEIGHTS.title, terms, surface);
  for (const theme of brief.themes) addTerms(theme, FIELD_WEIGHTS.themes, terms, surface);
  for (const keyword of brief.keywords) addTerms(keyword, FIELD_WEIGHTS.keywords, terms, surface);
  addTerms(brief.summary, FIELD_WEIGHTS.summary, terms, surface);
  for (const kind of ENTRY_KINDS) {
    for (const row of brief[kind]) {
      addTerms(row.name, FIELD_WEIGHTS.rowName, terms, surface);
      addTerms(row.description, FIELD_WEIGHTS.rowText, terms, surface);
    }
  }
  for (const signal of brief.signals) {
    addTerms(signal.change, FIELD_WEIGHTS.rowText, terms, surface);
    addTerms(signal.tenYear, FIELD_WEIGHTS.rowText, terms, surface);
    addTerms(signal.drivingForce, FIELD_WEIGHTS.rowText, terms, surface);
  }
  return terms;
}

/**
 * How terms were written in capitals, to name them as the briefs do: a word written as an
 * acronym at least twice ("AI", "EV", "LLMs") keeps its capitals; any other term is shown in
 * lowercase, as the model reads it.
 */
export class SurfaceForms {
  private readonly counts = new Map<string, Map<string, number>>();

  note(term: string, written: string): void {
    let forms = this.counts.get(term);
    if (forms === undefined) this.counts.set(term, (forms = new Map()));
    forms.set(written, (forms.get(written) ?? 0) + 1);
  }

  /** `term` as shown: each word in its most common acronym form, when it has one. */
  formOf(term: string): string {
    return term
      .split(' ')
      .map((word) => this.wordForm(word))
      .join(' ');
  }

  private wordForm(word: string): string {
    const forms = this.counts.get(word);
    if (forms === undefined) return word;
    let best = word;
    let bestCount = 1;
    for (const [form, count] of forms) {
      if (count > bestCount || (count === bestCount && best !== word && form < best)) {
        best = form;
        bestCount = count;
      }
    }
    return best;
  }
}

/** "AI", "EV", "LLMs": two letters or more, all capitals (a plural s aside). */
function isAcronym(word: string): boolean {
  const first = word.charCodeAt(0);
  if (word.length < 2 || first < 65 || first > 90) return false;
  const stem = word.endsWith('s') ? word.slice(0, -1) : word;
  return stem.length >= 2 && /^[A-Z0-9]+$/.test(stem);
}
