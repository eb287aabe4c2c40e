import { describe, expect, it } from 'vitest';
import {
  formatIngestSummary,
  formatReport,
  type IngestedBrief,
  type IngestSummary,
} from '../../../src/cli/ingestSummary';
import { createProgress } from '../../../src/cli/progressBar';
import type { Brief } from '../../../src/core/model/types';
import { countBrief } from '../../../src/core/parse/countBrief';
import { makeBrief, makeEntry } from '../dataset/makeBrief';

function ingested(overrides: Partial<Brief> = {}): IngestedBrief {
  const brief = makeBrief(overrides);
  return { ...brief, counts: countBrief(brief) };
}

function summary(overrides: Partial<IngestSummary> = {}): IngestSummary {
  return {
    files: 1200,
    ignored: 0,
    bytes: 10_500_000,
    milliseconds: 420,
    briefs: [
      ingested({ id: 'a', warnings: ['w1', 'w2'] }),
      ingested({ id: 'b', issues: [makeEntry(), makeEntry()] }),
    ],
    skipped: [],
    out: 'public/data/briefs.json',
    outBytes: 8_000_000,
    report: null,
    ...overrides,
  };
}

describe('formatIngestSummary', () => {
  it('reports briefs, files, size, time, speed, rows per kind, warnings and the output', () => {
    expect(formatIngestSummary(summary())).toBe(
      [
        'Read 2 briefs from 1,200 files (10.5 MB) in 0.42 s, 25.0 MB/s',
        'Rows: 4 signals, 2 concerns, 2 behaviors, 2 technologies, 2 issues (12 in all)',
        'Warnings: 2 in 1 brief (--report FILE lists them)',
        'Wrote public/data/briefs.json (8.0 MB)',
        '',
      ].join('\n'),
    );
  });

  it('names the report file when there is one, and says when there are no warnings', () => {
    expect(formatIngestSummary(summary({ report: 'r.txt' }))).toContain(
      'Warnings: 2 in 1 brief (all in r.txt)',
    );
    expect(formatIngestSummary(summary({ briefs: [ingested()] }))).toContain('Warnings: none');
  });

  it('lists up to 10 skipped files, then how many more', () => {
    const skipped = Array.from({ length: 13 }, (_, i) => ({ file: `f${i}.md`, reason: 'binary file' }));
    const lines = formatIngestSummary(summary({ skipped, ignored: 2 })).split('\n');
    expect(lines).toContain('Ignored 2 files not ending in .md or .txt');
    expect(lines).toContain('Skipped 13 files:');
    expect(lines).toContain('  f0.md: binary file');
    expect(lines).toContain('  f9.md: binary file');
    expect(lines).not.toContain('  f10.md: binary file');
    expect(lines).toContain('  and 3 more');
  });
});

describe('formatReport', () => {
  it('writes every warning and skip as "file: message" in reading order', () => {
    const report = formatReport([
      { brief: ingested({ file: 'a.md', warnings: ['first', 'second'] }) },
      { skip: { file: 'b.bin.md', reason: 'binary file (contains NUL bytes)' } },
      { brief: ingested({ file: 'sub/c.md' }) },
      { brief: ingested({ file: 'sub/d.md', warnings: ['third'] }) },
    ]);
    expect(report).toBe(
      'a.md: first\na.md: second\nb.bin.md: skipped: binary file (contains NUL bytes)\nsub/d.md: third\n',
    );
  });

  it('is empty when there is nothing to report', () => {
    expect(formatReport([{ brief: ingested() }])).toBe('');
  });
});

describe('createProgress', () => {
  function recorder(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } };
  }

  it('draws a bar on a terminal for more than 300 files, once per percent, and clears it', () => {
    const { writes, stream } = recorder(true);
    const progress = createProgress(stream, 1000, 'reading');
    for (let done = 0; done < 1000; done++) progress.update(done);
    progress.finish();
    expect(writes).toHaveLength(101);
    expect(writes[50]).toBe(`\rreading [${'#'.repeat(15)}${'-'.repeat(15)}] 500/1000 50%`);
    expect(writes[100]).toBe('\r\x1b[K');
  });

  it.each([
    ['not a terminal', false, 1000],
    ['300 files or fewer', true, 300],
  ])('stays silent when %s', (_, isTTY, total) => {
    const { writes, stream } = recorder(isTTY);
    const progress = createProgress(stream, total, 'reading');
    for (let done = 0; done < total; done++) progress.update(done);
    progress.finish();
    expect(writes).toEqual([]);
  });
});
