import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnScript } from '../../../bench/childProcess';
import { collectInputs } from '../../../src/cli/readInputs';
import { runIngest } from '../../../src/cli/runIngest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../../src/core/dataset/serializeDataset';
import { validateDataset } from '../../../src/core/dataset/validateDataset';
import { generateBrief, generateBriefs } from '../../../src/core/generate/generateBriefs';
import { ENTRY_KINDS, type Brief, type Dataset } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { withTopics } from '../../../src/core/topics/topicModel';
import { corpusDir, itWithCorpus } from '../../support/corpus';
import { captureIo } from './captureIo';

const REAL_CORPUS = corpusDir('real');
const TODAY = '2026-11-28';
/** These tests write and read real folders; spawned commands take a second or more to start. */
const FILE_TEST_TIMEOUT = 20_000;
const SPAWN_TIMEOUT = 30_000;
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'trendscope-ingest-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A fresh folder under the test root holding the given files (path -> content). */
function folder(name: string, files: Record<string, string | Buffer> = {}): string {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(path, file, '..'), { recursive: true });
    writeFileSync(join(path, file), content);
  }
  return path;
}

function goodBrief(index = 1): string {
  return generateBrief(3, index, 10).text;
}

function ingest(argv: string[]) {
  const { io, written } = captureIo();
  const code = runIngest(argv, io, TODAY);
  return { code, ...written };
}

function readDataset(path: string): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('runIngest', { timeout: FILE_TEST_TIMEOUT }, () => {
  it('reads a folder recursively and writes the same bytes on every run', () => {
    const files: Record<string, string> = { 'notes.json': '{}', '.hidden/secret.md': goodBrief(9) };
    for (const [i, brief] of [...generateBriefs({ briefs: 12, seed: 5 })].entries()) {
      files[i % 3 === 0 ? `nested/deeper/${brief.file}` : brief.file] = brief.text;
    }
    const input = folder('corpus', files);
    const first = ingest([input, '--out', join(root, 'first.json'), '--today', TODAY]);
    const second = ingest([input, '--out', join(root, 'second.json'), '--today', TODAY]);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(readFileSync(join(root, 'second.json'))).toEqual(readFileSync(join(root, 'first.json')));

    const dataset = readDataset(join(root, 'first.json'));
    expect(dataset.stats).toMatchObject({ files: 12, briefs: 12, skipped: 0 });
    expect(dataset.briefs.map((brief) => brief.file)).toContain('nested/deeper/demo-s5-00001.md');
    expect(dataset.briefs.some((brief) => brief.id === 'secret')).toBe(false);
    expect(first.stdout).toMatch(/^Read 12 briefs from 12 files \(0\.\d MB\) in /);
    expect(first.stdout).toContain('Ignored 1 file not ending in .md or .txt');
    expect(first.stdout).toContain(`Wrote ${join(root, 'first.json')}`);
  });

  it('reads files named directly, recording their base names', () => {
    const input = folder('direct', { 'a/one.md': goodBrief(1), 'b/two.txt': goodBrief(2) });
    const out = join(root, 'direct.json');
    const result = ingest([join(input, 'a/one.md'), join(input, 'b/two.txt'), '--out', out]);
    expect(result.code).toBe(0);
    expect(
      readDataset(out)
        .briefs.map((brief) => brief.file)
        .sort(),
    ).toEqual(['one.md', 'two.txt']);
  });

  it('reads files of any size whole, a large one between small ones', () => {
    const long = 'Growth in every quarter. '.repeat(20_000);
    const large = goodBrief(2).replace(/^(#+ Summary\s*\n)/m, `$1${long}\n`);
    expect(Buffer.byteLength(large)).toBeGreaterThan(4 * 65_536);
    const input = folder('sizes', { 'a.md': goodBrief(1), 'b.md': large, 'c.md': goodBrief(3) });
    const out = join(root, 'sizes.json');
    expect(ingest([input, '--out', out]).code).toBe(0);
    const byFile = new Map(readDataset(out).briefs.map((brief) => [brief.file, brief]));
    expect(byFile.get('b.md')!.summary).toContain(long.trim());
    for (const [file, index] of [
      ['a.md', 1],
      ['c.md', 3],
    ] as const) {
      const parsed = parseBrief(goodBrief(index), file, { today: TODAY });
      expect(parsed.ok && byFile.get(file)!.summary === parsed.value.summary).toBe(true);
    }
  });

  it('skips a binary file, reports it, and still writes the good one', () => {
    const input = folder('mixed', { 'good.md': goodBrief(), 'image.md': BINARY });
    const out = join(root, 'mixed.json');
    const result = ingest([input, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Skipped 1 file:\n  image.md: binary file (contains NUL bytes)');
    const dataset = readDataset(out);
    expect(dataset.briefs.map((brief) => brief.file)).toEqual(['good.md']);
    expect(dataset.stats).toMatchObject({ files: 2, briefs: 1, skipped: 1 });
  });

  it('reads invalid UTF-8 as U+FFFD with a warning, and skips a file that is not UTF-8 text at all', () => {
    const text = goodBrief();
    const cut = text.indexOf('## Summary\n\n') + 12;
    const damaged = Buffer.concat([
      Buffer.from(text.slice(0, cut)),
      Buffer.from([0xe9, 0xff]),
      Buffer.from(text.slice(cut)),
    ]);
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 64)));
    const input = folder('encoding', { 'damaged.md': damaged, 'noise.md': noise });
    const out = join(root, 'encoding.json');
    const result = ingest([input, '--out', out]);
    expect(result.code).toBe(0);
    const [brief] = readDataset(out).briefs;
    expect(brief?.warnings[0]).toBe('2 invalid UTF-8 byte sequences read as U+FFFD (�)');
    expect(brief?.summary.startsWith('\uFFFD\uFFFD')).toBe(true);
    expect(result.stdout).toContain('noise.md: not UTF-8 text');
  });

  it('writes every warning and skip to --report as "file: message" lines', () => {
    const input = folder('reported', {
      'a.md': goodBrief(),
      'b.md': BINARY,
      'c.md': `${goodBrief().replace('## Summary', '## Closest\n\n* [Me](c)\n\n## Summary')}`,
    });
    const report = join(root, 'reports/report.txt');
    const result = ingest([input, '--out', join(root, 'reported.json'), '--report', report]);
    expect(result.code).toBe(0);
    const lines = readFileSync(report, 'utf8').trimEnd().split('\n');
    expect(lines).toContain('b.md: skipped: binary file (contains NUL bytes)');
    expect(lines.filter((line) => line.startsWith('c.md: ')).length).toBeGreaterThan(0);
    const dataset = readDataset(join(root, 'reported.json'));
    const warnings = dataset.briefs.flatMap((brief) =>
      brief.warnings.map((warning) => `${brief.file}: ${warning}`),
    );
    expect(lines).toEqual([
      ...warnings.filter((line) => line.startsWith('a.md')),
      'b.md: skipped: binary file (contains NUL bytes)',
      ...warnings.filter((line) => line.startsWith('c.md')),
    ]);
    expect(result.stdout).toContain(`(all in ${report})`);
  });

  it('renames a duplicate id with ~2 and names the other file', () => {
    const input = folder('duplicates', { 'one/same.md': goodBrief(1), 'two/same.md': goodBrief(2) });
    const out = join(root, 'duplicates.json');
    expect(ingest([input, '--out', out]).code).toBe(0);
    const renamed = readDataset(out).briefs.find((brief) => brief.file === 'two/same.md');
    expect(renamed?.id).toBe('same~2');
    expect(renamed?.warnings).toContain('id "same" is already used by one/same.md; renamed to "same~2"');
  });

  it('writes what serializeDataset writes for the same briefs, a renamed duplicate included', () => {
    const files: Record<string, string> = { 'a/same.md': goodBrief(1), 'b/same.md': goodBrief(2) };
    for (const brief of generateBriefs({ briefs: 40, seed: 8 })) files[brief.file] = brief.text;
    const input = folder('canonical', files);
    const out = join(root, 'canonical.json');
    expect(ingest([input, '--out', out, '--today', TODAY]).code).toBe(0);

    const inputs = collectInputs([input]);
    if (!inputs.ok) throw new Error(inputs.reason);
    const briefs = inputs.value.files.map(({ path, file }) => {
      const parsed = parseBrief(readFileSync(path, 'utf8'), file, { today: TODAY });
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.value;
    });
    const expected = serializeDataset(withTopics(buildDataset(briefs, { files: 42, skipped: 0 })));
    expect(readFileSync(out, 'utf8')).toBe(expected);
    expect(expected).toContain('"id":"same~2","file":"b/same.md"');
    expect(JSON.parse(expected).topics.length).toBeGreaterThan(0);
  });

  it.each([
    ['a folder that does not exist', () => join(root, 'missing'), 'no such folder: '],
    ['an empty folder', () => folder('empty'), 'no .md or .txt files in '],
    [
      'a folder without any brief',
      () => folder('not-briefs', { 'hello.md': 'Hello there.\n', 'blank.txt': '' }),
      'no brief found in ',
    ],
  ])('fails on %s, saying what to do, and writes nothing', (_, makeInput, message) => {
    const input = makeInput();
    const out = join(root, 'never.json');
    const result = ingest([input, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${message}${input}`);
    expect(result.stderr).toContain(' - give a folder of .md/.txt');
    expect(existsSync(out)).toBe(false);
  });

  it('fails when the output cannot be written', () => {
    const input = folder('unwritable', { 'good.md': goodBrief() });
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const result = ingest([input, '--out', join(blocker, 'briefs.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^cannot write .*a-file\/briefs\.json: (EEXIST|ENOTDIR).* - choose another --out path\n$/,
    );
  });

  it('fails with usage on bad arguments', () => {
    const result = ingest(['--today', 'yesterday', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--today expects a date as YYYY-MM-DD, got "yesterday"\nusage: npm run ingest --',
    );
  });

  itWithCorpus('reads all 55 real briefs without losing a row', () => {
    const out = join(root, 'real.json');
    const result = ingest([REAL_CORPUS, '--out', out]);
    expect(result.code).toBe(0);
    const dataset = readDataset(out);
    const files = readdirSync(REAL_CORPUS).sort();
    expect(files).toHaveLength(55);
    expect(dataset.stats).toMatchObject({ files: 55, briefs: 55, skipped: 0 });
    const rowsOf = (brief: Brief) => ENTRY_KINDS.reduce((sum, kind) => sum + brief[kind].length, 0);
    let parsedRows = 0;
    for (const file of files) {
      const parsed = parseBrief(readFileSync(join(REAL_CORPUS, file), 'utf8'), file, { today: TODAY });
      if (parsed.ok) parsedRows += rowsOf(parsed.value);
    }
    const datasetRows = dataset.briefs.reduce((sum, brief) => sum + rowsOf(brief), 0);
    expect(datasetRows).toBe(parsedRows);
    expect(result.stdout).toContain(`(${datasetRows.toLocaleString('en-US')} in all)`);
  });
});

describe('the ingest and generate commands', () => {
  it(
    'generate then ingest from the command line: exit 0, and the output matches an in-process run',
    () => {
      const generated = join(root, 'cli-generated');
      const made = spawnScript('generate', ['--briefs', '12', '--seed', '4', '--out', generated]);
      expect(made.status).toBe(0);
      expect(made.stdout).toMatch(/^Generated 12 briefs \(0\.\d MB, seed 4\) in .*cli-generated in /);
      expect(readdirSync(generated)).toHaveLength(12);

      const out = join(root, 'cli.json');
      const ran = spawnScript('ingest', [generated, '--out', out, '--today', TODAY]);
      expect(ran.status).toBe(0);
      expect(ran.stdout).toMatch(/^Read 12 briefs from 12 files/);
      expect(ingest([generated, '--out', join(root, 'in-process.json'), '--today', TODAY]).code).toBe(0);
      expect(readFileSync(out)).toEqual(readFileSync(join(root, 'in-process.json')));
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits non-zero with the message on stderr when the folder is missing',
    () => {
      const ran = spawnScript('ingest', [join(root, 'nowhere')]);
      expect(ran.status).toBe(1);
      expect(ran.stderr).toBe(
        `no such folder: ${join(root, 'nowhere')} - give a folder of .md/.txt briefs\n`,
      );
    },
    SPAWN_TIMEOUT,
  );
});
