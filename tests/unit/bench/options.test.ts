import { describe, expect, it } from 'vitest';
import { initialScripts } from '../../../bench/measureBundle';
import { DEFAULT_SIZES, parseBenchArgs } from '../../../bench/options';

describe('parseBenchArgs', () => {
  it('measures everything at the default sizes, on synthetic and real-derived corpora, when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({
      ok: true,
      value: {
        sizes: DEFAULT_SIZES,
        corpora: ['synthetic', 'real'],
        groups: ['ingest', 'engine', 'bundle', 'browser'],
      },
    });
  });

  it.each([
    [['--corpora', 'real'], ['real']],
    [
      ['--corpora', 'real,synthetic'],
      ['synthetic', 'real'],
    ],
    [['--corpora', 'synthetic'], ['synthetic']],
  ])('%j measures corpora %j', (argv, corpora) => {
    const parsed = parseBenchArgs(argv);
    expect(parsed.ok && parsed.value.corpora).toEqual(corpora);
  });

  it.each([
    [['--only', 'node'], ['engine']],
    [
      ['--only', 'browser,bundle'],
      ['bundle', 'browser'],
    ],
    [
      ['--only', 'browser', '--only', 'ingest'],
      ['ingest', 'browser'],
    ],
  ])('%j selects %j', (argv, groups) => {
    const parsed = parseBenchArgs(argv);
    expect(parsed.ok && parsed.value.groups).toEqual(groups);
  });

  it.each([
    [['--sizes', '3000'], [3000]],
    [
      ['--sizes', '30000,3000,3000'],
      [3000, 30000],
    ],
    [['--sizes', '30_000'], [30000]],
  ])('%j measures sizes %j', (argv, sizes) => {
    const parsed = parseBenchArgs(argv);
    expect(parsed.ok && parsed.value.sizes).toEqual(sizes);
  });

  it.each([
    [['--only', 'gpu'], '--only expects node, browser, ingest or bundle, got "gpu"'],
    [['--sizes', '0'], '--sizes expects whole numbers of briefs, got "0"'],
    [['--sizes', 'many'], '--sizes expects whole numbers of briefs, got "many"'],
    [['--corpora', 'fake'], '--corpora expects synthetic or real, got "fake"'],
  ])('rejects %j', (argv, reason) => {
    expect(parseBenchArgs(argv)).toEqual({ ok: false, reason });
  });

  it('rejects unknown options', () => {
    expect(parseBenchArgs(['--fast']).ok).toBe(false);
  });
});

describe('initialScripts', () => {
  it('lists module entry scripts and modulepreload links, nothing else', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
      <link rel="stylesheet" href="./assets/index-c.css">
      <link rel="icon" href="./favicon.svg" />
      <script src="./legacy.js"></script>
    </head>`;
    expect(initialScripts(html)).toEqual(['./assets/index-a.js', './assets/vendor-b.js']);
  });
});
