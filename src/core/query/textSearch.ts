import { ENTRY_KINDS, type EntryKind } from '../model/types';
import {
  addTextSignature,
  BRIEF_SIGNATURE_WORDS,
  ROW_SIGNATURE_WORDS,
  type CorpusIndex,
} from './corpusIndex';

/** Per kind, one byte per row: 1 when the row matches. */
export type RowMasks = Record<EntryKind, Uint8Array>;

/**
 * The lower-cased words of a text query, without repeats or words contained in another one
 * (a row holding "climate" holds "clim"), longest first.
 */
export function searchWords(text: string): string[] {
  const words = [...new Set(text.toLowerCase().split(/\s+/))].filter((word) => word !== '');
  return words
    .filter((word) => !words.some((other) => other !== word && other.includes(word)))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

export function newRowMasks(index: CorpusIndex): RowMasks {
  const masks = {} as RowMasks;
  for (const kind of ENTRY_KINDS) masks[kind] = new Uint8Array(index.rows[kind].count);
  return masks;
}

/** A search word with its pair signature at row and at brief width (see addTextSignature). */
export interface SearchWord {
  text: string;
  row: WordSignature;
  brief: WordSignature;
}

/** The non-zero words of a word's signature: positions and bits. */
interface WordSignature {
  positions: Uint32Array;
  bits: Uint32Array;
}

export function searchWord(text: string): SearchWord {
  return {
    text,
    row: wordSignature(text, ROW_SIGNATURE_WORDS),
    brief: wordSignature(text, BRIEF_SIGNATURE_WORDS),
  };
}

function wordSignature(text: string, words: number): WordSignature {
  const full = new Uint32Array(words);
  addTextSignature(text, full, 0, words);
  const positions = Uint32Array.from(full.keys()).filter((position) => full[position] !== 0);
  return { positions, bits: positions.map((position) => full[position]!) };
}

function mayContain(
  signatures: Uint32Array,
  offset: number,
  positions: Uint32Array,
  bits: Uint32Array,
): boolean {
  for (let i = 0; i < positions.length; i++) {
    const wanted = bits[i]!;
    if ((signatures[offset + positions[i]!]! & wanted) >>> 0 !== wanted) return false;
  }
  return true;
}

/** Words are tracked per brief in the bits of one 32-bit number. */
const WORDS_PER_PASS = 31;

/**
 * Sets masks[kind][row] for the rows of the given briefs: 1 when every word occurs in the row's
 * text or in its brief's title or summary. With `onlyKept`, rows already at 0 are left unread
 * (the words narrow an earlier match).
 */
export function matchText(
  index: CorpusIndex,
  words: readonly SearchWord[],
  briefs: Uint32Array,
  masks: RowMasks,
  onlyKept: boolean,
): void {
  for (let first = 0; first < words.length; first += WORDS_PER_PASS) {
    matchWords(index, words.slice(first, first + WORDS_PER_PASS), briefs, masks, onlyKept || first > 0);
  }
}

function matchWords(
  index: CorpusIndex,
  words: readonly SearchWord[],
  briefs: Uint32Array,
  masks: RowMasks,
  onlyKept: boolean,
): void {
  const absentFromBrief = wordsAbsentFromBriefs(index, words, briefs);
  for (const kind of ENTRY_KINDS) {
    const { rowStart, searchText, searchSignatures } = index.rows[kind];
    const mask = masks[kind];
    for (let i = 0; i < briefs.length; i++) {
      const brief = briefs[i]!;
      const absent = absentFromBrief[i]!;
      const end = rowStart[brief + 1]!;
      for (let row = rowStart[brief]!; row < end; row++) {
        if (onlyKept && mask[row] === 0) continue;
        mask[row] =
          absent === 0 ||
          rowHoldsWords(searchText[row]!, searchSignatures, row * ROW_SIGNATURE_WORDS, words, absent)
            ? 1
            : 0;
      }
    }
  }
}

/** Per brief (parallel to `briefs`): bit w set when words[w] is not in the brief's title or summary. */
function wordsAbsentFromBriefs(
  index: CorpusIndex,
  words: readonly SearchWord[],
  briefs: Uint32Array,
): Uint32Array {
  const texts = index.briefSearchText;
  const signatures = index.briefSearchSignatures;
  const absent = new Uint32Array(briefs.length);
  for (let w = 0; w < words.length; w++) {
    const { text, brief: signature } = words[w]!;
    for (let i = 0; i < briefs.length; i++) {
      const brief = briefs[i]!;
      const present =
        mayContain(signatures, brief * BRIEF_SIGNATURE_WORDS, signature.positions, signature.bits) &&
        texts[brief]!.includes(text);
      if (!present) absent[i]! |= 1 << w;
    }
  }
  return absent;
}

function rowHoldsWords(
  text: string,
  signatures: Uint32Array,
  offset: number,
  words: readonly SearchWord[],
  absent: number,
): boolean {
  for (let w = 0; w < words.length; w++) {
    if ((absent & (1 << w)) === 0) continue;
    const { text: word, row: signature } = words[w]!;
    if (!mayContain(signatures, offset, signature.positions, signature.bits) || !text.includes(word))
      return false;
  }
  return true;
}
