import { describe, expect, it } from 'vitest';
import {
  BAR_OUTLINE,
  HEAT_COLORS,
  KIND_COLORS,
  KIND_PATTERNS,
  RELEVANCY_COLORS,
  SERIES_COLORS,
  SERIES_DASHES,
  chartColorVariables,
  contrastRatio,
  readableTextOn,
  relativeLuminance,
} from '../../../src/core/charts/palette';
import { ENTRY_KINDS } from '../../../src/core/model/types';

/** The surfaces the charts are drawn on (base.css --surface, light and dark). */
const SURFACES = { light: '#ffffff', dark: '#161b23' } as const;

/** Luminance steps smaller than this merge when printed in grey. */
const GREY_STEP = 0.05;

describe('relevancy palette', () => {
  it.each(['light', 'dark'] as const)(
    'on the %s theme, contrast with the surface grows with the level',
    (theme) => {
      const contrasts = RELEVANCY_COLORS[theme].map((color) => contrastRatio(color, SURFACES[theme]));
      for (let level = 1; level < contrasts.length; level++)
        expect(contrasts[level]).toBeGreaterThan(contrasts[level - 1]!);
    },
  );

  it.each(['light', 'dark'] as const)(
    'on the %s theme, levels stay apart and ordered in grayscale',
    (theme) => {
      const luminances = RELEVANCY_COLORS[theme].map(relativeLuminance);
      const direction = theme === 'light' ? -1 : 1;
      for (let level = 1; level < luminances.length; level++) {
        expect(direction * (luminances[level]! - luminances[level - 1]!)).toBeGreaterThan(GREY_STEP);
      }
    },
  );

  it('has five levels on each theme', () => {
    expect(RELEVANCY_COLORS.light).toHaveLength(5);
    expect(RELEVANCY_COLORS.dark).toHaveLength(5);
  });
});

describe('kinds and series', () => {
  it('gives each kind its own colour and its own texture', () => {
    expect(new Set(ENTRY_KINDS.map((kind) => KIND_COLORS[kind])).size).toBe(ENTRY_KINDS.length);
    expect(new Set(ENTRY_KINDS.map((kind) => KIND_PATTERNS[kind])).size).toBe(ENTRY_KINDS.length);
  });

  it('textures every pair of kinds whose colours are close in grayscale', () => {
    for (const a of ENTRY_KINDS) {
      for (const b of ENTRY_KINDS) {
        if (a >= b) continue;
        const close =
          Math.abs(relativeLuminance(KIND_COLORS[a]) - relativeLuminance(KIND_COLORS[b])) < GREY_STEP;
        if (close)
          expect(KIND_PATTERNS[a] === 'solid' && KIND_PATTERNS[b] === 'solid', `${a} / ${b}`).toBe(false);
      }
    }
  });

  it('gives each line its own colour and dash pattern', () => {
    for (const theme of ['light', 'dark'] as const)
      expect(new Set(SERIES_COLORS[theme]).size).toBe(SERIES_COLORS[theme].length);
    expect(new Set(SERIES_DASHES).size).toBe(SERIES_DASHES.length);
  });

  it('keeps lines readable on their surface (3:1 for graphics)', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const color of SERIES_COLORS[theme])
        expect(contrastRatio(color, SURFACES[theme]), color).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('bar outline', () => {
  it('gives every bar an edge of at least 3:1 against the surface, whatever its fill', () => {
    for (const theme of ['light', 'dark'] as const)
      expect(contrastRatio(BAR_OUTLINE[theme], SURFACES[theme])).toBeGreaterThanOrEqual(3);
  });
});

describe('heat colours and text', () => {
  it('writes on a fully shaded cell in a colour with at least 4.5:1 contrast', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const side of ['more', 'less'] as const) {
        const fill = HEAT_COLORS[theme][side];
        expect(contrastRatio(readableTextOn(fill), fill), `${theme} ${side}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('picks black on light colours and white on dark ones', () => {
    expect(readableTextOn('#ffffff')).toBe('#000000');
    expect(readableTextOn('#000000')).toBe('#ffffff');
    expect(readableTextOn('#440154')).toBe('#ffffff');
    expect(readableTextOn('#fde725')).toBe('#000000');
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});

describe('chartColorVariables', () => {
  it('declares each theme-dependent colour with both of its values', () => {
    const variables = chartColorVariables();
    expect(variables['--chart-rel-1']).toBe(
      `light-dark(${RELEVANCY_COLORS.light[0]}, ${RELEVANCY_COLORS.dark[0]})`,
    );
    expect(variables['--chart-rel-5']).toBe(
      `light-dark(${RELEVANCY_COLORS.light[4]}, ${RELEVANCY_COLORS.dark[4]})`,
    );
    expect(variables['--chart-kind-concerns']).toBe(KIND_COLORS.concerns);
    expect(variables['--chart-on-heat-more']).toBe(
      `light-dark(${readableTextOn(HEAT_COLORS.light.more)}, ${readableTextOn(HEAT_COLORS.dark.more)})`,
    );
  });
});
