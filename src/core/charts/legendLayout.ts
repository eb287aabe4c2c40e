export interface LegendPlacement {
  x: number;
  y: number;
}

/** Glyph advance of a sans-serif font, in ems, rounded up so labels never overlap the next swatch. */
const GLYPH_WIDTH = 0.62;
const SWATCH = 1.1;
const GAP = 1.6;
const LINE = 1.6;

/**
 * Positions of legend items (swatch then label) flowing left to right, wrapping at `width`;
 * sizes scale with the font size. Labels are not measured: an average glyph width is enough here.
 */
export function legendLayout(
  labels: readonly string[],
  width: number,
  fontSize: number,
): { items: LegendPlacement[]; height: number } {
  const items: LegendPlacement[] = [];
  let x = 0;
  let y = 0;
  for (const label of labels) {
    const itemWidth = (SWATCH + 0.5 + label.length * GLYPH_WIDTH) * fontSize;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LINE * fontSize;
    }
    items.push({ x, y });
    x += itemWidth + GAP * fontSize;
  }
  return { items, height: labels.length === 0 ? 0 : y + LINE * fontSize };
}

/** The swatch's side for a font size, the label starting half an em after it. */
export function legendSwatchSize(fontSize: number): number {
  return SWATCH * fontSize;
}
