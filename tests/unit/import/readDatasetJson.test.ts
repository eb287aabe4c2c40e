import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../../src/core/dataset/serializeDataset';
import { findJsonSyntaxError } from '../../../src/core/import/jsonSyntaxError';
import { readDatasetJson, utf8Length } from '../../../src/core/import/readDatasetJson';
import { makeBrief } from '../dataset/makeBrief';

const datasetText = serializeDataset(
  buildDataset([makeBrief({ id: 'a' }), makeBrief({ id: 'b', title: 'Ünïcödé € 🚀' })], {
    files: 2,
    skipped: 0,
  }),
);

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('readDatasetJson', () => {
  it('reads a dataset, with or without a byte order mark', () => {
    const expected = JSON.parse(datasetText) as unknown;
    expect(readDatasetJson(datasetText)).toEqual({ ok: true, value: expected });
    expect(readDatasetJson(`\uFEFF${datasetText}`)).toEqual({ ok: true, value: expected });
  });

  it('counts the bytes of a truncated file in UTF-8, as its size on disk', () => {
    const bytes = new TextEncoder().encode(datasetText).slice(0, 1204);
    const truncated = new TextDecoder().decode(bytes);
    expect(bytes.length).toBeLessThan(new TextEncoder().encode(datasetText).length);
    expect(readDatasetJson(truncated)).toEqual({
      ok: false,
      reason: 'not valid JSON (unexpected end at byte 1,204)',
    });
  });

  it.each([
    ['an empty text', '', 'not valid JSON (unexpected end at byte 0)'],
    ['a trailing comma', '{"a":1,}', 'not valid JSON (unexpected "}" at byte 7)'],
    ['single quotes', "{'a':1}", `not valid JSON (unexpected "'" at byte 1)`],
    ['text after the value', '{} {}', 'not valid JSON (unexpected "{" at byte 3)'],
    ['a bad literal', '[tru]', 'not valid JSON (unexpected "]" at byte 4)'],
    ['a raw line break in a string', '["a\nb"]', 'not valid JSON (unexpected "\\n" at byte 3)'],
    ['a bad escape', '["\\x"]', 'not valid JSON (unexpected "x" at byte 3)'],
    ['a number without digits', '[-]', 'not valid JSON (unexpected "]" at byte 2)'],
    ['an emoji where a value belongs', '[🚀]', 'not valid JSON (unexpected "🚀" at byte 1)'],
    ['multi-byte text before the fault', '["€€"x]', 'not valid JSON (unexpected "x" at byte 9)'],
    ['a byte order mark before the fault', '\uFEFF{x', 'not valid JSON (unexpected "x" at byte 4)'],
  ])('names where %s breaks', (_, text, reason) => {
    expect(readDatasetJson(text)).toEqual({ ok: false, reason });
  });

  it.each([
    ['an array', '[1,2]', 'not a Trendscope dataset: expected a JSON object, got an array'],
    ['an object of something else', '{"name":"x"}', 'not a Trendscope dataset: no schemaVersion'],
    [
      'a newer schema',
      '{"schemaVersion":3,"briefs":[]}',
      'schema version 3 is newer than this Trendscope reads (2)',
    ],
  ])('gives the check reason for %s', (_, text, reason) => {
    expect(readDatasetJson(text)).toEqual({ ok: false, reason });
  });
});

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on arbitrary JSON-like text', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({
        unit: fc.constantFrom(...'{}[],:"\\ -+.0123456789eEtrufalsn\n\tab€'.split('')),
        maxLength: 40,
      }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parsesAsJson(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the end of every truncated object or array', () => {
    const container = fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()));
    fc.assert(
      fc.property(container, fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        const prefix = text.slice(0, cut % text.length);
        expect(findJsonSyntaxError(prefix)).toEqual({ index: prefix.length, atEnd: true });
      }),
    );
  });

  it('never puts a fault inserted into valid JSON before where it was inserted', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('}', ']', ',', ':', 'x', '"'), (text, at, junk) => {
        const position = at % (text.length + 1);
        const broken = text.slice(0, position) + junk + text.slice(position);
        fc.pre(!parsesAsJson(broken));
        const found = findJsonSyntaxError(broken);
        expect(found).not.toBeNull();
        expect(found!.index).toBeGreaterThanOrEqual(position);
      }),
    );
  });
});

describe('utf8Length', () => {
  it('matches TextEncoder for any text cut at a code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Length(text, text.length)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });
});
