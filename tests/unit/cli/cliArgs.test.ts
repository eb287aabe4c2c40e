import { describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../../src/cli/generateArgs';
import { DEFAULT_OUT, localIsoDate, parseIngestArgs } from '../../../src/cli/ingestArgs';

describe('parseIngestArgs', () => {
  it('takes folders and files, with defaults for --out, --report and --today', () => {
    expect(parseIngestArgs(['briefs', 'extra/one.md'], '2026-01-31')).toEqual({
      ok: true,
      value: {
        inputs: ['briefs', 'extra/one.md'],
        out: DEFAULT_OUT,
        report: null,
        today: '2026-01-31',
        topicCount: null,
      },
    });
  });

  it('reads every option', () => {
    const result = parseIngestArgs(
      ['--out', 'o.json', 'in', '--report=r.txt', '--today', '2024-02-29', '--topics', '12'],
      '2026-01-31',
    );
    expect(result).toEqual({
      ok: true,
      value: { inputs: ['in'], out: 'o.json', report: 'r.txt', today: '2024-02-29', topicCount: 12 },
    });
  });

  it.each([
    [[], 'no input given: name a folder of .md/.txt briefs'],
    [['in', '--today', '2025-02-29'], '--today expects a date as YYYY-MM-DD, got "2025-02-29"'],
    [['in', '--today', '28/11/2026'], '--today expects a date as YYYY-MM-DD, got "28/11/2026"'],
    [['in', '--verbose'], "Unknown option '--verbose'"],
    [['in', '--topics', '4'], '--topics expects a whole number from 5 to 60, got "4"'],
    [['in', '--topics', 'many'], '--topics expects a whole number from 5 to 60, got "many"'],
    [['in', '--out'], "Option '--out <value>' argument missing"],
  ])('rejects %j', (argv, reason) => {
    const result = parseIngestArgs(argv, '2026-01-31');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('formats the local date as YYYY-MM-DD', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('parseGenerateArgs', () => {
  it('reads --briefs, --seed and --out, the seed defaulting to 1', () => {
    expect(parseGenerateArgs(['--briefs', '30', '--out', 'dir'])).toEqual({
      ok: true,
      value: { briefs: 30, seed: 1, out: 'dir' },
    });
    expect(parseGenerateArgs(['--briefs', '3', '--seed', '0', '--out', 'dir'])).toEqual({
      ok: true,
      value: { briefs: 3, seed: 0, out: 'dir' },
    });
  });

  it.each([
    [['--out', 'dir'], '--briefs N is required'],
    [['--briefs', '3'], '--out FOLDER is required'],
    [['--briefs', '0', '--out', 'dir'], '--briefs expects a whole number >= 1, got "0"'],
    [['--briefs', '2.5', '--out', 'dir'], '--briefs expects a whole number >= 1, got "2.5"'],
    [
      ['--briefs', '3', '--seed', 'abc', '--out', 'dir'],
      '--seed expects a whole number from 0 to 4294967295, got "abc"',
    ],
    [
      ['--briefs', '3', '--seed', '4294967296', '--out', 'dir'],
      '--seed expects a whole number from 0 to 4294967295',
    ],
    [['--briefs', '3', '--out', 'dir', 'stray'], 'unexpected argument "stray"'],
  ])('rejects %j', (argv, reason) => {
    const result = parseGenerateArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
