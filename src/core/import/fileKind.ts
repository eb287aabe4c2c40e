import type { Result } from '../model/types';
import { formatBytes } from './formatBytes';

/** Files over this size are refused before a byte is read (the browser would have to hold them whole). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** How a file offered for import is read. */
export type FileKind = 'brief' | 'dataset' | 'csv';

const BRIEF_EXTENSION = /\.(md|txt)$/i;

/**
 * What to read a file as, from its name and size alone: `.json` a dataset, `.csv` a CSV export,
 * anything else a brief (like ingest, a file named directly is read whatever its extension; a
 * binary one is caught once its first bytes are read). Empty and oversized files are refused here.
 */
export function classifyFile(name: string, size: number): Result<FileKind> {
  if (size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      reason: `too large to import (${formatBytes(size)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)})`,
    };
  }
  if (size === 0) return { ok: false, reason: 'empty file' };
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return { ok: true, value: 'dataset' };
  if (lower.endsWith('.csv')) return { ok: true, value: 'csv' };
  return { ok: true, value: 'brief' };
}

/**
 * Whether a file found inside a chosen or dropped folder is read: like ingest, only `.md`/`.txt`
 * files, and nothing hidden (`.git/`, `.DS_Store`). `path` is relative to the folder, with `/`.
 */
export function isBriefInFolder(path: string): boolean {
  return BRIEF_EXTENSION.test(path) && !path.split('/').some((part) => part.startsWith('.'));
}

/** Bytes looked at to tell text from binary. */
export const SNIFF_BYTES = 8192;

/**
 * True for content no text file holds: a NUL byte, or more than one in ten bytes being control
 * characters other than tab, line feed, form feed and carriage return (images, archives, PDFs).
 * Only the first SNIFF_BYTES are looked at.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return control * 10 > length;
}

/** What a binary file is refused as, by the kind it was offered as. */
export function binaryReason(kind: FileKind): string {
  return kind === 'brief'
    ? 'binary file, not a brief'
    : `binary file, not ${kind === 'csv' ? 'a CSV' : 'JSON'}`;
}
