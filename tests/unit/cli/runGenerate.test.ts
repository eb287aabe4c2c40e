import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../../src/cli/runGenerate';
import { generateBriefs } from '../../../src/core/generate/generateBriefs';
import { captureIo } from './captureIo';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'trendscope-generate-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function generate(argv: string[]) {
  const { io, written } = captureIo();
  const code = runGenerate(argv, io);
  return { code, ...written };
}

describe('runGenerate', () => {
  it('creates the folder and writes the generated briefs into it', () => {
    const out = join(root, 'new/folder');
    const result = generate(['--briefs', '5', '--seed', '9', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Generated 5 briefs \(0\.0 MB, seed 9\) in .*new\/folder in 1\.00 s\n$/);
    const expected = [...generateBriefs({ briefs: 5, seed: 9 })];
    expect(readdirSync(out).sort()).toEqual(expected.map((brief) => brief.file));
    expect(readFileSync(join(out, 'demo-s9-00003.md'), 'utf8')).toBe(expected[2]?.text);
  });

  it('replaces the files of an earlier run and leaves other files alone', () => {
    const out = join(root, 'reused');
    expect(generate(['--briefs', '8', '--out', out]).code).toBe(0);
    writeFileSync(join(out, 'mine.md'), 'kept');
    const result = generate(['--briefs', '3', '--seed', '2', '--out', out]);
    expect(result.stdout).toContain(', replacing 8 earlier files');
    expect(readdirSync(out).sort()).toEqual([
      'demo-s2-00001.md',
      'demo-s2-00002.md',
      'demo-s2-00003.md',
      'mine.md',
    ]);
  });

  it('fails, saying what to do, when the folder cannot be created', () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const result = generate(['--briefs', '2', '--out', join(blocker, 'sub')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cannot write into .*a-file\/sub: .* - choose another --out folder\n$/);
  });

  it('fails with usage on bad arguments', () => {
    const result = generate(['--briefs', 'many', '--out', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      '--briefs expects a whole number >= 1, got "many"\nusage: npm run generate -- --briefs N [--seed S] --out FOLDER\n',
    );
  });
});
