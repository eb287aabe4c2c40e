import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDatasetTextSplitter, type BatchSizes } from '../../../src/core/dataset/splitDatasetText';

const encoder = new TextEncoder();
const FAILED = Symbol('failed');

function isFailure(value: unknown): boolean {
  return value === FAILED;
}

function parseBatch(batch: Uint8Array): unknown[] {
  return JSON.parse(new TextDecoder().decode(batch)) as unknown[];
}

/** Feeds `bytes` in chunks of the given sizes (cycled), then parses the pieces the way the app joins them. */
function parseInPieces(bytes: Uint8Array, chunkSizes: readonly number[], batchSizes: BatchSizes): unknown {
  const splitter = createDatasetTextSplitter(batchSizes);
  const batches: Uint8Array[] = [];
  for (let offset = 0, turn = 0; offset < bytes.length; turn++) {
    const size = chunkSizes[turn % chunkSizes.length]!;
    batches.push(...splitter.push(bytes.subarray(offset, offset + size)));
    offset += size;
  }
  const end = splitter.finish();
  if (end === null) return FAILED;
  const header = JSON.parse(end.header) as { briefs: unknown };
  if (end.split) header.briefs = batches.flatMap(parseBatch);
  else expect(batches).toEqual([]);
  return header;
}

/** JSON.parse of the whole text decoded at once (as the app did before splitting), or a marker when it throws. */
function parseWhole(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return FAILED;
  }
}

function parsePiecesOrFail(
  bytes: Uint8Array,
  chunkSizes: readonly number[],
  batchSizes: BatchSizes,
): unknown {
  try {
    return parseInPieces(bytes, chunkSizes, batchSizes);
  } catch {
    return FAILED;
  }
}

const tricky = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('"', '\\', '\\"', '"briefs"', '[', ']', '{', '}', ',', ':', 'é', '😀', '\u2028', '\uFEFF'),
);
const brief = fc.record({
  id: tricky,
  title: tricky,
  keywords: fc.array(tricky, { maxLength: 3 }),
  signals: fc.array(fc.record({ name: tricky, relevancy: fc.option(fc.integer({ min: 1, max: 5 })) }), {
    maxLength: 3,
  }),
  nested: fc.jsonValue({ maxDepth: 3 }),
});
const dataset = fc.record({
  schemaVersion: fc.constant(2),
  briefs: fc.array(brief, { maxLength: 12 }),
  stats: fc.record({ files: fc.nat(), warnings: fc.nat() }),
  extra: fc.jsonValue({ maxDepth: 2 }),
});
const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 5 });
const batchSizes = fc.record({
  first: fc.integer({ min: 1, max: 200 }),
  rest: fc.integer({ min: 1, max: 200 }),
});

describe('createDatasetTextSplitter', () => {
  it('gives the same value as parsing the whole text, for any chunking and batch size', () => {
    fc.assert(
      fc.property(
        dataset,
        fc.constantFrom(undefined, 2, '\t'),
        fc.boolean(),
        chunkSizes,
        batchSizes,
        (value, indent, bom, sizes, batch) => {
          const text = (bom ? '\uFEFF' : '') + JSON.stringify(value, null, indent);
          const bytes = encoder.encode(text);
          expect(parseInPieces(bytes, sizes, batch)).toEqual(parseWhole(bytes));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cuts a large array into several batches of whole elements', () => {
    const value = {
      schemaVersion: 2,
      briefs: Array.from({ length: 50 }, (_, i) => ({ id: `b${i}`, text: 'x'.repeat(30) })),
      topics: [{ id: 't1', terms: ['solar'] }],
    };
    const splitter = createDatasetTextSplitter({ first: 100, rest: 200 });
    const batches = splitter.push(encoder.encode(JSON.stringify(value)));
    const end = splitter.finish()!;
    expect(batches.length).toBeGreaterThan(5);
    expect(batches.flatMap(parseBatch)).toEqual(value.briefs);
    expect(JSON.parse(end.header)).toEqual({ schemaVersion: 2, briefs: [], topics: value.topics });
  });

  it('writes non-ASCII characters as escapes, so every batch is ASCII', () => {
    const briefs = ['é', '“quoted”', '😀', 'עברית', '\\é', 'plain'].map((title) => ({ title }));
    const splitter = createDatasetTextSplitter({ first: 1, rest: 1 });
    const batches = splitter.push(encoder.encode(JSON.stringify({ briefs })));
    expect(splitter.finish()).not.toBeNull();
    expect(batches.every((batch) => batch.every((byte) => byte < 0x80))).toBe(true);
    expect(batches.flatMap(parseBatch)).toEqual(briefs);
  });

  it('keeps bytes that are not UTF-8 for the decoder to replace, as a whole decode would', () => {
    const bytes = Uint8Array.from([
      ...encoder.encode('{"briefs":["a'),
      ...[0xff, 0xc3, 0x28, 0xe2, 0x82],
      ...encoder.encode('b","é"],"stats":{}}'),
    ]);
    expect(parseInPieces(bytes, [3], { first: 1, rest: 1 })).toEqual(parseWhole(bytes));
  });

  it('leaves a document without a briefs array whole', () => {
    const text = '{"schemaVersion":1,"items":[1,2,3],"nested":{"briefs":[4]}}';
    const splitter = createDatasetTextSplitter({ first: 1, rest: 1 });
    expect(splitter.push(encoder.encode(text))).toEqual([]);
    expect(splitter.finish()).toEqual({ header: text, split: false });
  });

  it.each([
    ['truncated inside the briefs', '{"briefs":[{"id":"a"},{"id":"b'],
    ['truncated after the briefs', '{"briefs":[{"id":"a"}],"stats":{'],
    ['mismatched brackets', '{"briefs":[{"id":"a"]}]}'],
    ['a second briefs array', '{"briefs":[{"id":"a"}],"briefs":[]}'],
    ['an unterminated string', '{"briefs":["a]}'],
    ['an invalid escape of a non-ASCII character', '{"briefs":["\\é"]}'],
  ])('refuses to split %s', (_, text) => {
    const splitter = createDatasetTextSplitter({ first: 1, rest: 1 });
    splitter.push(encoder.encode(text));
    expect(splitter.finish()).toBeNull();
  });

  it.each([1, 2, 8])(
    'refuses a trailing comma in the briefs, even where a batch was cut at it (batches of %i bytes)',
    (batch) => {
      const bytes = encoder.encode('{"schemaVersion":2,"briefs":[{"id":"a"},{"id":"b"}, ],"stats":{}}');
      expect(isFailure(parseWhole(bytes))).toBe(true);
      expect(isFailure(parsePiecesOrFail(bytes, [5, 7, 64], { first: batch, rest: batch }))).toBe(true);
    },
  );

  it('never turns a damaged text into a different value: its pieces fail whenever the whole does', () => {
    const damaged = fc
      .tuple(dataset, fc.nat(), fc.nat(), fc.constantFrom('', '"', '\\', ',', ']', '}', '[', '{', ':', 'é'))
      .map(([value, at, cut, insert]) => {
        const text = JSON.stringify(value);
        const start = at % (text.length + 1);
        return text.slice(0, start) + insert + text.slice(start + (cut % 3));
      });
    fc.assert(
      fc.property(damaged, chunkSizes, batchSizes, (text, sizes, batch) => {
        const bytes = encoder.encode(text);
        const whole = parseWhole(bytes);
        const pieces = parsePiecesOrFail(bytes, sizes, batch);
        if (isFailure(whole)) expect(isFailure(pieces)).toBe(true);
        else if (!isFailure(pieces)) expect(pieces).toEqual(whole);
      }),
      { numRuns: 1000 },
    );
  });
});
