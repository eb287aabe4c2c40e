/**
 * The pieces of a dataset's JSON, found while its bytes arrive: the elements of the top-level
 * "briefs" array in batches (each batch the UTF-8 bytes of a JSON array of whole elements, in a
 * buffer of its own that can be handed to another thread), and the header,
 * the document with that array left empty. Parsing the batches as they come and the header at
 * the end gives the same value as parsing the whole text, without the whole text ever existing
 * as one string.
 */
export interface DatasetTextSplitter {
  /** Takes the next bytes; returns the batches they complete. */
  push(bytes: Uint8Array): Uint8Array[];
  /**
   * After the last bytes: the header, or null when the text is not one well-formed JSON value
   * (the caller then parses the whole text, which names the problem). Without a "briefs" array
   * the header is the whole document and `split` is false.
   */
  finish(): { header: string; split: boolean } | null;
}

/**
 * A batch is cut at the first element boundary after this many bytes; the first one sooner, so
 * that the first briefs can be shown early.
 */
export const BATCH_SIZES: BatchSizes = { first: 1 << 18, rest: 1 << 20 };

export interface BatchSizes {
  first: number;
  rest: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const BRIEFS_KEY = new TextEncoder().encode('"briefs"');
/** Deeper documents are not split (a dataset nests four levels). */
const MAX_DEPTH = 64;

/** True when an odd number of backslashes stands before `position`: its character is escaped. */
function followsEscape(bytes: Uint8Array, position: number): boolean {
  let backslashes = 0;
  for (let i = position - 1; i >= 0 && bytes[i] === BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * `[` + the elements' bytes + `]`, with every non-ASCII character written as a \u escape: the
 * same value to JSON.parse, but pure ASCII, which decodes to a string of one byte per character;
 * such a string parses several times faster than the two-byte string a single "é" would
 * otherwise make of a whole batch. Bytes that are not valid UTF-8 are kept as they are (the
 * decoder replaces them). Null when a non-ASCII character follows an unescaped backslash:
 * invalid JSON that escaping would make valid.
 */
function asciiArray(bytes: Uint8Array): Uint8Array | null {
  // A tight first pass: most bytes are ASCII, and only the others need work.
  const nonAscii: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) nonAscii.push(i);
  // An escape takes at most three times the bytes of its UTF-8 sequence: 2 -> 6, 3 -> 6, 4 -> 12.
  const out = new Uint8Array(bytes.length + 2 * nonAscii.length + 2);
  out[0] = OPEN_ARRAY;
  let written = 1;
  let copied = 0;
  for (let k = 0; k < nonAscii.length;) {
    const at = nonAscii[k]!;
    if (bytes[at - 1] === BACKSLASH && followsEscape(bytes, at)) return null;
    const codePoint = utf8CodePoint(bytes, at);
    if (codePoint < 0) return bracketed(bytes);
    out.set(bytes.subarray(copied, at), written);
    written = writeEscape(out, written + at - copied, codePoint);
    const sequenceLength = codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    copied = at + sequenceLength;
    k += sequenceLength;
  }
  out.set(bytes.subarray(copied), written);
  written += bytes.length - copied;
  out[written++] = CLOSE_ARRAY;
  return out.subarray(0, written);
}

function bracketed(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 2);
  out[0] = OPEN_ARRAY;
  out.set(bytes, 1);
  out[bytes.length + 1] = CLOSE_ARRAY;
  return out;
}

/** The code point of the well-formed UTF-8 sequence at `at`, or -1 when it is not one. */
function utf8CodePoint(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const continuation = (offset: number, low = 0x80, high = 0xbf) =>
    continuationBits(bytes, at + offset, low, high);
  if (lead >= 0xc2 && lead <= 0xdf) {
    const b1 = continuation(1);
    return b1 < 0 ? -1 : ((lead & 0x1f) << 6) | b1;
  }
  if (lead >= 0xe0 && lead <= 0xef) {
    const b1 = continuation(1, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf);
    const b2 = continuation(2);
    return b1 < 0 || b2 < 0 ? -1 : ((lead & 0x0f) << 12) | (b1 << 6) | b2;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const b1 = continuation(1, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf);
    const b2 = continuation(2);
    const b3 = continuation(3);
    return b1 < 0 || b2 < 0 || b3 < 0 ? -1 : ((lead & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3;
  }
  return -1;
}

/** The low six bits of a continuation byte within [low, high], or -1. */
function continuationBits(bytes: Uint8Array, at: number, low: number, high: number): number {
  const byte = bytes[at];
  return byte !== undefined && byte >= low && byte <= high ? byte & 0x3f : -1;
}

const HEX_DIGITS = new TextEncoder().encode('0123456789abcdef');

/** Writes `\uxxxx` for the code point (two of them, a surrogate pair, above U+FFFF); returns the new end. */
function writeEscape(out: Uint8Array, at: number, codePoint: number): number {
  if (codePoint >= 0x10000) {
    const offset = codePoint - 0x10000;
    return writeEscape(out, writeEscape(out, at, 0xd800 | (offset >> 10)), 0xdc00 | (offset & 0x3ff));
  }
  out[at] = BACKSLASH;
  out[at + 1] = 0x75; // u
  for (let digit = 0; digit < 4; digit++)
    out[at + 2 + digit] = HEX_DIGITS[(codePoint >> (12 - 4 * digit)) & 0xf]!;
  return at + 6;
}

export function createDatasetTextSplitter(sizes: BatchSizes = BATCH_SIZES): DatasetTextSplitter {
  let batchBytes = sizes.first;
  // Bytes not yet handed out, from `buffer[0]` to `buffer[length - 1]`; it holds the current batch
  // (or the header while outside the briefs), so every open string starts inside it.
  let buffer = new Uint8Array(1 << 16);
  let length = 0;
  let scanned = 0;
  let atStart = true;
  let broken = false;

  const openers = new Uint8Array(MAX_DEPTH);
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let lastKeyIsBriefs = false;
  let valueIsBriefs = false;
  /** Position of the first byte inside the briefs array while it is open, else -1. */
  let batchStart = -1;
  let briefsFound = false;
  let briefsClosed = false;
  /** The last batch was cut at a comma: the briefs array must go on with another element. */
  let cutAtComma = false;
  let headerPrefix = '';

  // The header is decoded in two pieces; a byte order mark is only dropped at the start.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  function append(bytes: Uint8Array): void {
    if (length + bytes.length > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, length + bytes.length));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(bytes, length);
    length += bytes.length;
  }

  /** Hands out buffer[from, to) as a batch and drops the bytes before `keepFrom`. */
  function cutBatch(from: number, to: number, keepFrom: number, batches: Uint8Array[]): void {
    const batch = asciiArray(buffer.subarray(from, to));
    if (batch === null) broken = true;
    else batches.push(batch);
    buffer.copyWithin(0, keepFrom, length);
    length -= keepFrom;
  }

  function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
    for (let at = start; at < end; at++) {
      const byte = bytes[at]!;
      if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
    }
    return true;
  }

  function isBriefsKey(start: number, end: number): boolean {
    if (end - start !== BRIEFS_KEY.length) return false;
    for (let i = 0; i < BRIEFS_KEY.length; i++) if (buffer[start + i] !== BRIEFS_KEY[i]) return false;
    return true;
  }

  function scan(batches: Uint8Array[]): void {
    let i = scanned;
    while (i < length && !broken) {
      if (inString) {
        const close = buffer.indexOf(QUOTE, i);
        if (close < 0 || close >= length) {
          i = length;
          break;
        }
        i = close + 1;
        if (followsEscape(buffer, close)) continue;
        inString = false;
        if (depth === 1) lastKeyIsBriefs = isBriefsKey(stringStart, i);
        continue;
      }
      const byte = buffer[i]!;
      if (byte === QUOTE) {
        inString = true;
        stringStart = i;
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        if (depth === MAX_DEPTH) broken = true;
        else if (byte === OPEN_ARRAY && depth === 1 && openers[0] === OPEN_OBJECT && valueIsBriefs) {
          if (briefsFound) broken = true;
          briefsFound = true;
          headerPrefix = decoder.decode(buffer.subarray(0, i + 1));
          batchStart = i + 1;
        }
        openers[depth++] = byte;
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        if (depth === 0 || openers[depth - 1] !== (byte === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) {
          broken = true;
        } else if (--depth === 1 && batchStart >= 0) {
          // A comma the last batch was cut at, then nothing before "]": a trailing comma, as
          // JSON.parse would refuse it. The closing bracket stays: the header goes on from it.
          if (cutAtComma && isBlank(buffer, batchStart, i)) broken = true;
          cutBatch(batchStart, i, i, batches);
          i = 0;
          batchStart = -1;
          briefsClosed = true;
        }
      } else if (byte === COMMA) {
        if (depth === 2 && batchStart >= 0 && i - batchStart >= batchBytes) {
          cutBatch(batchStart, i, i + 1, batches);
          cutAtComma = true;
          batchBytes = sizes.rest;
          i = batchStart = 0;
          continue;
        }
        if (depth === 1) lastKeyIsBriefs = valueIsBriefs = false;
      } else if (byte === COLON && depth === 1) {
        valueIsBriefs = lastKeyIsBriefs;
      }
      i++;
    }
    scanned = i;
  }

  return {
    push(bytes) {
      if (broken) return [];
      append(bytes);
      if (atStart) {
        const seen = UTF8_BOM.slice(0, length);
        const startsLikeBom = seen.every((byte, position) => buffer[position] === byte);
        if (startsLikeBom && seen.length < UTF8_BOM.length) return [];
        atStart = false;
        if (startsLikeBom) {
          buffer.copyWithin(0, UTF8_BOM.length, length);
          length -= UTF8_BOM.length;
        }
      }
      const batches: Uint8Array[] = [];
      scan(batches);
      return batches;
    },
    finish() {
      if (broken || inString || depth !== 0 || (briefsFound && !briefsClosed)) return null;
      const rest = decoder.decode(buffer.subarray(0, length));
      return briefsFound ? { header: headerPrefix + rest, split: true } : { header: rest, split: false };
    },
  };
}
