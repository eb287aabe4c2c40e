import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, wrapWords } from '../../../src/core/charts/exportSvg';

const input = {
  title: 'Top themes',
  caption: 'Themes: AI & ML, <open> “source” · relevancy ≥ 4 · 412 briefs',
  width: 600,
  height: 300,
  parts: [
    { x: 0, y: 0, markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><rect/></svg>' },
    {
      x: 0,
      y: 40,
      markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="260"><circle/></svg>',
    },
  ],
  colors: { background: 'rgb(255, 255, 255)', foreground: 'rgb(0, 0, 0)', muted: 'rgb(90, 90, 90)' },
  fontFamily: "system-ui, 'Segoe UI'",
};

describe('composeExportSvg', () => {
  const { svg, width, height } = composeExportSvg(input);

  it('adds the padding to the drawings and room for the title and caption', () => {
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(300 + 48);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
  });

  it('names the image in <title> and writes the title and the caption as text, escaped', () => {
    expect(svg).toContain('<title>Top themes</title>');
    expect(svg).toContain('>Top themes</text>');
    expect(svg).toContain('Themes: AI &amp; ML, &lt;open&gt; “source” · relevancy ≥ 4 · 412 briefs');
    expect(svg).toContain('font-family="system-ui, &apos;Segoe UI&apos;"');
  });

  it('places each drawing at its offset, in order', () => {
    expect(svg.indexOf('<g transform="translate(0 0)"><svg')).toBeLessThan(
      svg.indexOf('<g transform="translate(0 40)"><svg'),
    );
  });

  it('is well nested markup with one root', () => {
    const open: string[] = [];
    let roots = 0;
    for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)(\w+)[^>]*?(\/?)>/g)) {
      if (selfClosing === '/') continue;
      if (closing === '/') expect(open.pop()).toBe(name);
      else if (open.push(name!) === 1) roots++;
    }
    expect(open).toEqual([]);
    expect(roots).toBe(1);
  });

  it('wraps a long caption onto several lines within the width', () => {
    const long = composeExportSvg({ ...input, width: 200, caption: 'word '.repeat(40).trim() });
    expect(long.svg.match(/<tspan/g)!.length).toBeGreaterThan(2);
    expect(long.height).toBeGreaterThan(composeExportSvg({ ...input, width: 200, caption: 'word' }).height);
  });
});

describe('wrapWords', () => {
  it.each([
    ['a bb ccc dddd', 6, ['a bb', 'ccc', 'dddd']],
    ['one', 1, ['one']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['', 10, []],
  ])('%j at %i', (text, width, lines) => {
    expect(wrapWords(text, width)).toEqual(lines);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials only', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a> ≥ “ok”`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt; ≥ “ok”',
    );
  });
});
