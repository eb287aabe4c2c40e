import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../../src/core/dataset/serializeDataset';
import {
  assembleImport,
  readSource,
  refusedSource,
  type SourceRead,
} from '../../../src/core/import/assembleImport';
import { ENTRY_KINDS, type Brief } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { makeBrief } from '../dataset/makeBrief';
import { itWithCorpus, readCorpus } from '../../support/corpus';

const utf8 = (text: string) => new TextEncoder().encode(text);
const rows = (brief: Brief) => ENTRY_KINDS.reduce((sum, kind) => sum + brief[kind].length, 0);

const BRIEF_TEXT = [
  '# __A synthetic brief__, (from page [20240301](https://newsletter.example/p/20240301).)',
  '',
  '__[External link](https://news.example/a)__',
  '',
  '## Summary',
  'Something happened.',
  '',
  '## Concerns',
  '| name | description | relevancy |',
  '|---|---|---|',
  '| Privacy | Data leaves home | 4 |',
  '| Cost | Too expensive | 9 |',
].join('\n');

function datasetBytes(briefs: Brief[], files = briefs.length, skipped = 0): Uint8Array {
  return utf8(serializeDataset(buildDataset(briefs, { files, skipped })));
}

describe('readSource', () => {
  it.each([
    [
      'a brief',
      'photo.png',
      'brief',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'binary file, not a brief',
    ],
    ['a dataset', 'data.json', 'dataset', Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]), 'binary file, not JSON'],
    ['a brief', 'latin1.md', 'brief', Uint8Array.from({ length: 40 }, () => 0xe9), 'not UTF-8 text'],
  ] as const)('refuses what is no text, offered as %s (%s)', (_, file, kind, bytes, reason) => {
    expect(readSource(file, kind, bytes)).toEqual(refusedSource(file, reason));
  });

  it('reads a brief with a few invalid UTF-8 bytes, and says so first', () => {
    const bytes = new Uint8Array([...utf8(BRIEF_TEXT), 0xff]);
    const read = readSource('b.md', 'brief', bytes);
    expect(read.kind === 'brief' && read.result.ok && read.result.value.warnings[0]).toBe(
      '1 invalid UTF-8 byte sequence read as U+FFFD (�)',
    );
  });

  it('reads a brief exactly as parseBrief does, with the date given as today', () => {
    const read = readSource('notes/a.md', 'brief', utf8(BRIEF_TEXT), { today: '2024-02-01' });
    expect(read).toEqual({
      file: 'notes/a.md',
      kind: 'brief',
      result: parseBrief(BRIEF_TEXT, 'notes/a.md', { today: '2024-02-01' }),
    });
  });

  it('keeps a leading byte order mark out of the way of every reader', () => {
    const bom = [0xef, 0xbb, 0xbf];
    const dataset = readSource('d.json', 'dataset', new Uint8Array([...bom, ...datasetBytes([makeBrief()])]));
    const brief = readSource('b.md', 'brief', new Uint8Array([...bom, ...utf8(BRIEF_TEXT)]));
    expect(dataset.kind === 'dataset' && dataset.result.ok).toBe(true);
    expect(brief.kind === 'brief' && brief.result.ok && brief.result.value.title).toBe('A synthetic brief');
  });
});

describe('assembleImport', () => {
  itWithCorpus('reads the 55 real briefs as ingest does', () => {
    const corpus = readCorpus();
    const reads = corpus.map(({ file, text }) =>
      readSource(file, 'brief', utf8(text), { today: '2026-01-01' }),
    );
    const { dataset, reports } = assembleImport(reads);
    const parsed = corpus.map(({ file, text }) => parseBrief(text, file, { today: '2026-01-01' }));
    const expectedRows = parsed.reduce((sum, result) => sum + (result.ok ? rows(result.value) : 0), 0);
    expect(dataset!.stats).toMatchObject({ files: corpus.length, briefs: 55, skipped: 0 });
    expect(dataset!.briefs.reduce((sum, brief) => sum + rows(brief), 0)).toBe(expectedRows);
    expect(reports.every((report) => report.status === 'read')).toBe(true);
    expect(dataset).toEqual(
      buildDataset(
        parsed.map((result) => (result.ok ? result.value : makeBrief())),
        { files: 55, skipped: 0 },
      ),
    );
  });

  it('reports per file what was read, repaired or rejected, and counts the rejected as skipped', () => {
    const reads: SourceRead[] = [
      readSource('a.md', 'brief', utf8(BRIEF_TEXT)),
      readSource('empty-ish.md', 'brief', utf8('   \n')),
      refusedSource('huge.json', 'too large to import (201 MB; the limit is 200 MB)'),
    ];
    const { dataset, reports } = assembleImport(reads, ['photo.png']);
    expect(reports).toEqual([
      { file: 'a.md', status: 'read', briefs: 1, rows: 2, warnings: [expect.stringMatching(/relevancy/)] },
      { file: 'empty-ish.md', status: 'rejected', reason: 'empty file' },
      { file: 'huge.json', status: 'rejected', reason: 'too large to import (201 MB; the limit is 200 MB)' },
    ]);
    expect(dataset!.stats).toEqual({ files: 3, briefs: 1, skipped: 2, warnings: 1 });
    expect(assembleImport(reads, ['photo.png']).ignored).toEqual(['photo.png']);
  });

  it('gives no dataset when no file gave a brief', () => {
    const truncated = '{"schemaVersion":1,"briefs":[';
    const reads = [readSource('bad.json', 'dataset', utf8(truncated)), refusedSource('x.md', 'empty file')];
    expect(assembleImport(reads)).toEqual({
      dataset: null,
      reports: [
        {
          file: 'bad.json',
          status: 'rejected',
          reason: `not valid JSON (unexpected end at byte ${truncated.length})`,
        },
        { file: 'x.md', status: 'rejected', reason: 'empty file' },
      ],
      ignored: [],
    });
  });

  it('keeps the file counts of a dataset file', () => {
    const { dataset, reports } = assembleImport([
      readSource('briefs.json', 'dataset', datasetBytes([makeBrief()], 9, 3)),
    ]);
    expect(dataset!.stats).toEqual({ files: 9, briefs: 1, skipped: 3, warnings: 0 });
    expect(reports).toEqual([
      { file: 'briefs.json', status: 'read', briefs: 1, rows: rows(makeBrief()), warnings: [] },
    ]);
  });

  it('removes links that are not http(s) from a dataset file, and says so', () => {
    const hostile = makeBrief({
      id: 'x',
      url: 'javascript:alert(1)',
      pageUrl: 'data:text/html,<script>alert(1)</script>',
    });
    const { dataset, reports } = assembleImport([
      readSource('d.json', 'dataset', datasetBytes([hostile, makeBrief()])),
    ]);
    const brief = dataset!.briefs.find((each) => each.id === 'x')!;
    expect([brief.url, brief.pageUrl]).toEqual([null, null]);
    expect(brief.warnings).toEqual([
      'page URL "data:text/html,<script>alert(1)</script>" is not http(s); dropped',
      'article URL "javascript:alert(1)" is not http(s); dropped',
    ]);
    expect(reports[0]).toMatchObject({
      warnings: ['links that are not http(s) removed from 1 brief (named in their warnings)'],
    });
  });

  it('makes ids unique across files and tells the file whose brief was renamed', () => {
    const { dataset, reports } = assembleImport([
      readSource('d.json', 'dataset', datasetBytes([makeBrief({ id: 'a' })])),
      readSource('sub/a.md', 'brief', utf8(BRIEF_TEXT)),
      readSource('issues.csv', 'csv', utf8('Name,Brief id\r\nn,a\r\n')),
    ]);
    expect(dataset!.briefs.map((brief) => brief.id).sort()).toEqual(['a', 'a~2', 'a~3']);
    expect(reports[1]).toMatchObject({
      warnings: [expect.stringMatching(/relevancy/), 'id "a" is already used by a.md; renamed to "a~2"'],
    });
    expect(reports[2]).toMatchObject({ status: 'read', briefs: 1, rows: 1 });
  });
});
