import { validateDataset } from '../dataset/validateDataset';
import type { Dataset, Result } from '../model/types';
import { findJsonSyntaxError } from './jsonSyntaxError';

const BYTE_ORDER_MARK = '\uFEFF';
const countFormat = new Intl.NumberFormat('en-US');

/**
 * Parses and checks a dataset file's text. A leading byte order mark is allowed. Failures say
 * what is wrong and where, e.g. `not valid JSON (unexpected end at byte 1,204)`, or give the
 * reason validateDataset found (`schema version 2 is newer than this Trendscope reads (1)`).
 */
export function readDatasetJson(text: string): Result<Dataset> {
  const skipped = text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length : 0;
  const body = text.slice(skipped);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${describeSyntaxError(text, skipped, error)})` };
  }
  return validateDataset(json);
}

function describeSyntaxError(text: string, skipped: number, error: unknown): string {
  const found = findJsonSyntaxError(text.slice(skipped));
  if (found === null) return error instanceof Error ? error.message : String(error);
  const byte = countFormat.format(utf8Length(text, found.index + skipped));
  if (found.atEnd) return `unexpected end at byte ${byte}`;
  return `unexpected ${JSON.stringify(characterAt(text, found.index + skipped))} at byte ${byte}`;
}

/** The whole code point at `index` (an emoji is two code units). */
function characterAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

/** How many bytes UTF-8 takes for text[0, end): the byte offset a user's hex viewer or editor would show. */
export function utf8Length(text: string, end: number): number {
  let bytes = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
