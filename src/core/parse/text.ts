/** Small text helpers shared by the brief parser's modules. */

/** Splits on "\n", "\r\n" and a lone "\r" alike. */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n?|\n/) : text.split('\n');
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

const QUOTED_LENGTH_LIMIT = 60;

/** A value quoted for a warning, shortened so that a 10 MB cell cannot flood the warnings. */
export function quote(value: string): string {
  if (value.length <= QUOTED_LENGTH_LIMIT) return `"${value}"`;
  let end = QUOTED_LENGTH_LIMIT - 1;
  if (isHighSurrogate(value.charCodeAt(end - 1))) end -= 1;
  return `"${value.slice(0, end)}…"`;
}

/** "1 keyword", "3 keywords". */
export function countOf(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

const LISTED_LIMIT = 5;

/** "a, b, c" or, past five, "a, b, c, d, e and 6 more". */
export function listSome(items: readonly string[]): string {
  const listed = items.slice(0, LISTED_LIMIT).join(', ');
  const more = items.length - LISTED_LIMIT;
  return more > 0 ? `${listed} and ${more} more` : listed;
}

/** "line 4", "lines 4, 7, 9", "lines 4, 7, 9, 10, 11 and 6 more". */
export function describeLines(lineNumbers: readonly number[]): string {
  return `${lineNumbers.length === 1 ? 'line' : 'lines'} ${listSome(lineNumbers.map(String))}`;
}

/** True when `text` is one character (one code point, so an emoji counts as one). */
export function isSingleCharacter(text: string): boolean {
  return (
    text.length === 1 ||
    (text.length === 2 && isHighSurrogate(text.charCodeAt(0)) && isLowSurrogate(text.charCodeAt(1)))
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Removes Markdown bold markers (`__` or `**`) around a whole value, each side independently. */
export function stripBoldMarkers(text: string): string {
  let stripped = text;
  if (stripped.startsWith('__') || stripped.startsWith('**')) stripped = stripped.slice(2);
  if (stripped.endsWith('__') || stripped.endsWith('**')) stripped = stripped.slice(0, -2);
  return stripped.trim();
}

/** A Markdown link filling the whole of `text`: `[label](target)`; null otherwise. */
export function readWholeLink(text: string): { label: string; target: string } | null {
  if (!text.startsWith('[') || !text.endsWith(')')) return null;
  const middle = text.lastIndexOf('](');
  if (middle === -1) return null;
  return { label: text.slice(1, middle).trim(), target: text.slice(middle + 2, -1).trim() };
}

/** The last segment of a "/" or "\\" separated path. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
