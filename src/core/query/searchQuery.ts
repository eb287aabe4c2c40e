/**
 * The Search box's little language: words match at word starts (`ai` finds "AI-driven" and "AIs",
 * not "said"); "a quoted phrase" matches its words in order; `-word` excludes; `OR` between two
 * terms matches either. Terms side by side must all match.
 */

/** A word or a phrase, lower-cased; a single word is a phrase of one. */
export interface SearchTerm {
  words: string[];
  quoted: boolean;
  negated: boolean;
}

/** Terms joined by OR: a row matches the clause when it matches any of them. */
export type SearchClause = SearchTerm[];

export interface SearchQuery {
  /** Every clause must match. */
  clauses: SearchClause[];
}

const OR = 'OR';

/** Reads a query as typed. An unclosed quote runs to the end; a stray `-` or `OR` is ignored. */
export function parseSearch(text: string): SearchQuery {
  const clauses: SearchClause[] = [];
  let joinNext = false;
  for (const { raw, quoted, negated } of lexTerms(text)) {
    if (!quoted && !negated && raw === OR) {
      joinNext = clauses.length > 0;
      continue;
    }
    const words = raw
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word !== '');
    if (words.length === 0) continue;
    const term: SearchTerm = { words, quoted, negated };
    if (joinNext) clauses[clauses.length - 1]!.push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  return { clauses };
}

interface LexedTerm {
  raw: string;
  quoted: boolean;
  negated: boolean;
}

function lexTerms(text: string): LexedTerm[] {
  const terms: LexedTerm[] = [];
  let at = 0;
  while (at < text.length) {
    if (/\s/.test(text[at]!)) {
      at++;
      continue;
    }
    const negated = text[at] === '-';
    if (negated) at++;
    if (negated && (at === text.length || /\s/.test(text[at]!))) continue;
    if (text[at] === '"') {
      const close = text.indexOf('"', at + 1);
      const end = close < 0 ? text.length : close;
      terms.push({ raw: text.slice(at + 1, end), quoted: true, negated });
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    terms.push({ raw: text.slice(at, end), quoted: false, negated });
    at = end;
  }
  return terms;
}

/** Whether the query has no term at all (an empty box, or only spaces, quotes, `-` and `OR`). */
export function isEmptySearch(query: SearchQuery): boolean {
  return query.clauses.length === 0;
}

/**
 * Whether the query is only words that must all occur: what the engine can narrow as letters are
 * typed. A one-word quote is a word.
 */
export function isPlainSearch(query: SearchQuery): boolean {
  return query.clauses.every(
    (clause) => clause.length === 1 && !clause[0]!.negated && clause[0]!.words.length === 1,
  );
}

/** One line saying how the query was read, e.g. `Rows with words starting "ai" and the phrase "climate change", without "war"`. */
export function describeSearch(query: SearchQuery): string {
  if (isEmptySearch(query)) return '';
  const wanted = query.clauses.filter((clause) => !isExclusion(clause));
  const excluded = query.clauses.filter(isExclusion).map((clause) => describeTerm(clause[0]!));
  const parts: string[] = [];
  if (wanted.length > 0) parts.push(`Rows with ${wanted.map(describeClause).join(' and ')}`);
  if (excluded.length > 0) parts.push(`${parts.length > 0 ? 'without' : 'Rows without'} ${joinOr(excluded)}`);
  return parts.join(', ');
}

const isExclusion = (clause: SearchClause) => clause.length === 1 && clause[0]!.negated;

function describeClause(clause: SearchClause): string {
  const described = joinOr(
    clause.map((term) => (term.negated ? `no ${describeTerm(term)}` : describeTerm(term))),
  );
  return clause.length > 1 ? `(${described})` : described;
}

function joinOr(parts: string[]): string {
  return parts.join(' or ');
}

function describeTerm(term: SearchTerm): string {
  const text = term.words.join(' ');
  if (term.words.length > 1) return `the phrase “${text}”`;
  return needsWordStart(text) ? `a word starting “${text}”` : `“${text}”`;
}

/** Letters, digits and combining marks: a word start is not preceded by one of these. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces between words: there any position may start a word. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function isWordCharacter(code: number): boolean {
  if (code < 0x80)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHARACTER.test(String.fromCharCode(code));
}

/** Whether a word must start at a word start: it begins with a letter or digit of a spaced script. */
export function needsWordStart(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  const character = String.fromCodePoint(first);
  return WORD_CHARACTER.test(character) && !UNSPACED_SCRIPT.test(character);
}

/** Whether `word` occurs in `text` (both lower-cased) at a word start. */
export function holdsAtWordStart(text: string, word: string): boolean {
  const anywhere = !needsWordStart(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (anywhere || at === 0 || !isWordCharacter(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A pattern for one term, for lower-cased text (flags `u`) or, to highlight, for the text as written (`iu`). */
export function termPattern(term: Pick<SearchTerm, 'words'>, flags: string): RegExp {
  const start = needsWordStart(term.words[0]!) ? '(?<![\\p{L}\\p{N}\\p{M}])' : '';
  return new RegExp(start + term.words.map(escapeRegExp).join('[^\\p{L}\\p{N}\\p{M}]+'), flags);
}

/** The patterns that highlight what the query's wanted terms match in text as written; excluded terms highlight nothing. */
export function highlightPatterns(query: SearchQuery): RegExp[] {
  return query.clauses.flatMap((clause) =>
    clause.filter((term) => !term.negated).map((term) => termPattern(term, 'giu')),
  );
}

/** The ranges [start, end) of `text` the patterns match, sorted, overlapping ones merged. */
export function matchRanges(text: string, patterns: readonly RegExp[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (match[0] !== '') ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
