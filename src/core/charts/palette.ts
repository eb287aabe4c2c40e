import { ENTRY_KINDS, type EntryKind } from '../model/types';

/**
 * Relevancy 1..5 as viridis samples, ordered by contrast with the background: light to dark on
 * the light theme, dark to light on the dark theme, so the strongest level always stands out and
 * the order survives grayscale printing.
 */
export const RELEVANCY_COLORS = {
  light: ['#bddf26', '#5ec962', '#21918c', '#3b528b', '#440154'],
  dark: ['#3b528b', '#21918c', '#5ec962', '#bddf26', '#fde725'],
} as const;

/** Rows without a relevancy: a neutral grey, drawn hatched so it never reads as a level. */
export const UNRATED_COLORS = { light: '#aeb5c0', dark: '#687284' } as const;

/** Okabe-Ito, the palette made to stay distinguishable with every common colour-vision deficiency. */
export const KIND_COLORS: Record<EntryKind, string> = {
  signals: '#0072b2',
  concerns: '#d55e00',
  behaviors: '#009e73',
  technologies: '#e69f00',
  issues: '#cc79a7',
};

/**
 * Fills that tell the kinds apart where their colours share a grey (vermillion, green and purple
 * do): each kind but the first is overlaid with its own texture.
 */
export const KIND_PATTERNS: Record<EntryKind, 'solid' | 'diagonal' | 'dots' | 'crosshatch' | 'horizontal'> = {
  signals: 'solid',
  concerns: 'diagonal',
  behaviors: 'dots',
  technologies: 'crosshatch',
  issues: 'horizontal',
};

/** The strokes of those textures: light on the light theme's fills, dark on the dark theme's. */
export const PATTERN_INK = { light: 'rgb(255 255 255 / 0.75)', dark: 'rgb(0 0 0 / 0.55)' } as const;

/**
 * Okabe-Ito for up to six lines, its orange darkened and its yellow left out on the light theme
 * (both under 3:1 on white); dashes and direct labels back the colours up.
 */
export const SERIES_COLORS = {
  light: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#a66f00', '#000000'],
  dark: ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#f0e442', '#ffffff'],
} as const;
export const SERIES_DASHES = ['', '8 4', '2 3', '10 3 2 3', '5 5', '1 3'] as const;

/** Co-occurrence cells: the hue for "together", and for lift below 1 ("less often than chance"). */
export const HEAT_COLORS = {
  light: { more: '#0072b2', less: '#d55e00' },
  dark: { more: '#56b4e9', less: '#e69f00' },
} as const;

/** The edge of every bar: the palette's paler fills alone fall under 3:1 against the surface. */
export const BAR_OUTLINE = { light: '#59606e', dark: '#aab2c0' } as const;

/** CSS custom properties for every chart colour, each resolving per theme through light-dark(). */
export function chartColorVariables(): Record<string, string> {
  const both = (light: string, dark: string) => `light-dark(${light}, ${dark})`;
  const variables: Record<string, string> = {};
  RELEVANCY_COLORS.light.forEach((light, position) => {
    variables[`--chart-rel-${position + 1}`] = both(light, RELEVANCY_COLORS.dark[position]!);
  });
  variables['--chart-unrated'] = both(UNRATED_COLORS.light, UNRATED_COLORS.dark);
  variables['--chart-pattern-ink'] = both(PATTERN_INK.light, PATTERN_INK.dark);
  variables['--chart-outline'] = both(BAR_OUTLINE.light, BAR_OUTLINE.dark);
  for (const kind of ENTRY_KINDS) variables[`--chart-kind-${kind}`] = KIND_COLORS[kind];
  SERIES_COLORS.light.forEach((light, position) => {
    variables[`--chart-series-${position + 1}`] = both(light, SERIES_COLORS.dark[position]!);
  });
  variables['--chart-heat-more'] = both(HEAT_COLORS.light.more, HEAT_COLORS.dark.more);
  variables['--chart-heat-less'] = both(HEAT_COLORS.light.less, HEAT_COLORS.dark.less);
  for (const side of ['more', 'less'] as const) {
    variables[`--chart-on-heat-${side}`] = both(
      readableTextOn(HEAT_COLORS.light[side]),
      readableTextOn(HEAT_COLORS.dark[side]),
    );
  }
  return variables;
}

export function relevancyColor(level: number): string {
  return `var(--chart-rel-${level})`;
}

export const UNRATED_COLOR = 'var(--chart-unrated)';

export function kindColor(kind: EntryKind): string {
  return `var(--chart-kind-${kind})`;
}

export function seriesColor(position: number): string {
  return `var(--chart-series-${(position % SERIES_COLORS.light.length) + 1})`;
}

export function seriesDash(position: number): string {
  return SERIES_DASHES[position % SERIES_DASHES.length]!;
}

/** WCAG relative luminance of a #rrggbb colour (0 black .. 1 white). */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours (1 .. 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `hex`. */
export function readableTextOn(hex: string): '#000000' | '#ffffff' {
  return contrastRatio(hex, '#000000') >= contrastRatio(hex, '#ffffff') ? '#000000' : '#ffffff';
}
