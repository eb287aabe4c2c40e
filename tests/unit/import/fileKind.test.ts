import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  binaryReason,
  classifyFile,
  isBriefInFolder,
  looksBinary,
} from '../../../src/core/import/fileKind';
import { formatBytes } from '../../../src/core/import/formatBytes';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const PNG_HEAD = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);

describe('classifyFile', () => {
  it.each([
    ['briefs.json', 10, 'dataset'],
    ['DATA.JSON', 10, 'dataset'],
    ['signals_2026-11-28.csv', 10, 'csv'],
    ['brief.md', 10, 'brief'],
    ['brief.txt', 10, 'brief'],
    ['photo.png', 10, 'brief'],
    ['no-extension', 10, 'brief'],
    ['at-the-limit.md', MAX_IMPORT_BYTES, 'brief'],
  ])('reads %s (%d bytes) as a %s', (name, size, kind) => {
    expect(classifyFile(name, size)).toEqual({ ok: true, value: kind });
  });

  it('refuses an empty file', () => {
    expect(classifyFile('empty.md', 0)).toEqual({ ok: false, reason: 'empty file' });
  });

  it('refuses a file over 200 MB by its size alone', () => {
    expect(classifyFile('huge.json', 201 * 1024 * 1024)).toEqual({
      ok: false,
      reason: 'too large to import (201 MB; the limit is 200 MB)',
    });
    expect(classifyFile('huge.json', MAX_IMPORT_BYTES + 1).ok).toBe(false);
  });
});

describe('isBriefInFolder', () => {
  it.each([
    ['a.md', true],
    ['sub/b.TXT', true],
    ['notes.json', false],
    ['photo.png', false],
    ['.hidden.md', false],
    ['.git/HEAD.txt', false],
    ['sub/.cache/x.md', false],
  ])('%s: %s', (path, read) => {
    expect(isBriefInFolder(path)).toBe(read);
  });
});

describe('looksBinary', () => {
  it.each([
    ['a PNG header', PNG_HEAD, true],
    ['a NUL byte in text', utf8('# title\0 more'), true],
    [
      'control characters all over',
      bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      true,
    ],
    [
      'Markdown',
      utf8('# __Title__, (from page [20240101](https://x.example).)\n\n## Summary\nText.\r\n'),
      false,
    ],
    ['non-English text and emoji', utf8('Ünïcödé €, 日本語, עברית, 🚀'), false],
    ['a form feed and tabs', utf8('a\tb\fc\n'), false],
    ['nothing', bytes(), false],
  ])('%s: %s', (_, content, binary) => {
    expect(looksBinary(content)).toBe(binary);
  });

  it('looks only at the first 8 KB', () => {
    const content = new Uint8Array(10_000).fill(0x41);
    content[9_000] = 0;
    expect(looksBinary(content)).toBe(false);
  });
});

describe('binaryReason', () => {
  it.each([
    ['brief', 'binary file, not a brief'],
    ['dataset', 'binary file, not JSON'],
    ['csv', 'binary file, not a CSV'],
  ] as const)('%s', (kind, reason) => {
    expect(binaryReason(kind)).toBe(reason);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [812, '812 bytes'],
    [1_234, '1.2 KB'],
    [150 * 1024, '150 KB'],
    [201 * 1024 * 1024, '201 MB'],
    [3 * 1024 ** 3, '3 GB'],
  ])('%d bytes read as %s', (count, text) => {
    expect(formatBytes(count)).toBe(text);
  });
});
