import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/import/decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);
const joined = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('decodeText', () => {
  it('reads valid UTF-8 as is, a leading byte order mark kept', () => {
    expect(decodeText(utf8('\uFEFF# Café — 東京 🌍'))).toEqual({
      ok: true,
      value: { text: '\uFEFF# Café — 東京 🌍', replaced: 0 },
    });
  });

  it('does not count a U+FFFD that the file itself holds', () => {
    expect(decodeText(utf8('a \uFFFD b \uFFFD'))).toEqual({
      ok: true,
      value: { text: 'a \uFFFD b \uFFFD', replaced: 0 },
    });
  });

  it('reads each invalid sequence as U+FFFD and counts them', () => {
    const bytes = joined(
      utf8('caf'),
      Uint8Array.of(0xe9),
      utf8(' and '),
      Uint8Array.of(0xff),
      utf8(' more text'),
    );
    expect(decodeText(bytes)).toEqual({
      ok: true,
      value: { text: 'caf\uFFFD and \uFFFD more text', replaced: 2 },
    });
  });

  it('counts every U+FFFD once a file has invalid bytes: they cannot be told apart', () => {
    const bytes = joined(utf8('own \uFFFD, '), Uint8Array.of(0xc3), utf8(' and plenty of valid text'));
    expect(decodeText(bytes)).toEqual({
      ok: true,
      value: { text: 'own \uFFFD, \uFFFD and plenty of valid text', replaced: 2 },
    });
  });

  it('refuses bytes that are mostly not UTF-8', () => {
    expect(decodeText(Uint8Array.from({ length: 40 }, () => 0xe9))).toEqual({
      ok: false,
      reason: 'not UTF-8 text',
    });
  });
});
