/**
 * Laying out chart text so that nothing overlaps or runs out of the picture, from widths measured
 * by the caller (the page measures text; this module only does the arithmetic).
 */

/** The width of a text at the chart's font size, in CSS pixels. */
export type MeasureText = (text: string) => number;

/** Room between two neighbouring tick labels, in ems. */
const TICK_GAP = 0.8;

/**
 * The interval for a category axis (Recharts: show every `interval + 1`-th tick, starting with the
 * first) at which no two shown labels come closer than `gap` pixels. `spacing` is the distance
 * between neighbouring categories; labels are centred on their category.
 */
export function tickInterval(widths: readonly number[], spacing: number, gap: number): number {
  if (widths.length < 2 || spacing <= 0) return 0;
  for (let step = 1; step < widths.length; step++) {
    let fits = true;
    for (let at = 0; at + step < widths.length && fits; at += step) {
      fits = (widths[at]! + widths[at + step]!) / 2 + gap <= step * spacing;
    }
    if (fits) return step - 1;
  }
  return widths.length - 1;
}

/** tickInterval for labels at a font size, with a gap of TICK_GAP ems. */
export function categoryTickInterval(
  labels: readonly string[],
  spacing: number,
  fontSize: number,
  measure: MeasureText,
): number {
  return tickInterval(labels.map(measure), spacing, TICK_GAP * fontSize);
}

/**
 * The label cut so that it measures at most `maxWidth`, ending in "…" when cut (a whole code point
 * at a time, preferring to end at a word). An empty string when not even "…" fits.
 */
export function fitLabel(label: string, maxWidth: number, measure: MeasureText): string {
  if (measure(label) <= maxWidth) return label;
  const points = Array.from(label);
  let low = 0;
  let high = points.length;
  // The longest prefix that fits with the ellipsis, by bisection: widths grow with the prefix.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${points.slice(0, middle).join('')}…`) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  if (low === 0) return measure('…') <= maxWidth ? '…' : '';
  const prefix = points.slice(0, low).join('');
  const wordEnd = prefix.search(/\s\S*$/);
  // End at the last word break when that keeps most of what fits.
  const cut = wordEnd >= low * 0.6 ? prefix.slice(0, wordEnd) : prefix.trimEnd();
  return `${cut}…`;
}

/**
 * Where a bar's value label goes: past the bar's end when bar, gap and label fit in `room` pixels
 * (the plot's width on the bar's side of zero), else at the bar's base on the other side of zero,
 * where a diverging chart has room (the labels of the longest bars never run out of the plot).
 */
export function barLabelPlace(
  barLength: number,
  labelWidth: number,
  room: number,
  gap: number,
): 'end' | 'base' {
  return Math.abs(barLength) + gap + labelWidth <= room ? 'end' : 'base';
}

/** Above and below each row's label, in ems, at the largest size; a row is (1 + ROW_PADDING) ems high. */
const ROW_PADDING = 1;

/**
 * The font size at which `rows` category rows fit in `height` pixels (besides `fixed` pixels of
 * axis), at most `largest` and at least `smallest` (rows that still do not fit then scroll).
 */
export function rowsFontSize(
  rows: number,
  height: number,
  fixed: number,
  largest: number,
  smallest: number,
): number {
  if (rows === 0) return largest;
  const fitting = Math.floor((height - fixed) / (rows * (1 + ROW_PADDING)));
  return Math.max(smallest, Math.min(largest, fitting));
}

/** The height of `rows` rows at a font size, plus `fixed` pixels: the inverse of rowsFontSize. */
export function rowsHeight(rows: number, fontSize: number, fixed: number): number {
  return rows * fontSize * (1 + ROW_PADDING) + fixed;
}

export interface GridLayout {
  /** The size of the labels' and cells' text. */
  fontSize: number;
  /** The widest a theme name may be (cut to it), at that size. */
  labelRoom: number;
  /** Width of the row labels, left of the cells. */
  labelWidth: number;
  /** Height of the column labels (turned 45°) above the cells. */
  headHeight: number;
  cellSize: number;
  width: number;
  height: number;
}

/** sin 45° = cos 45°: a label turned 45° reaches this share of its length up and across. */
const DIAGONAL = Math.SQRT1_2;
/** Row labels take at most this share of the width, the turned column labels of the height. */
const LABEL_SHARE = 0.25;
const HEAD_SHARE = 0.3;
/**
 * A cell at least this many ems high, so that neither the row labels beside the cells nor the
 * column labels above them touch (turned 45°, those lie cellSize × sin 45° apart).
 */
const CELL_EMS = 1.7;

/**
 * A square grid of `count` cells a side with row labels on the left and column labels turned 45°
 * above, fitted into `width` x `height` pixels (height Infinity: as high as it needs): the cells as
 * large as both allow, up to `maxCell`. `widestLabel` is the widest name at `fontSize`. Names are cut
 * to keep the labels to a share of the room, and the text shrinks (down to `smallestFont`) until the
 * cells are at least CELL_EMS high, so that the row labels beside them do not touch. The last column
 * label reaches right past the cells, so that room is kept too.
 */
export function gridLayout(input: {
  count: number;
  widestLabel: number;
  fontSize: number;
  smallestFont: number;
  width: number;
  height: number;
  maxCell: number;
}): GridLayout {
  const { width, height, maxCell } = input;
  const count = Math.max(input.count, 1);
  for (let fontSize = input.fontSize; ; fontSize--) {
    const smallestCell = Math.ceil(fontSize * CELL_EMS);
    const headRoom = Math.min(height * HEAD_SHARE, height - 4 - count * smallestCell);
    const labelRoom = Math.max(
      fontSize * 3,
      Math.min(
        (input.widestLabel * fontSize) / input.fontSize,
        width * LABEL_SHARE,
        (headRoom - fontSize - 8) / DIAGONAL,
      ),
    );
    const labelWidth = Math.ceil(labelRoom) + 12;
    const reach = labelRoom * DIAGONAL + fontSize;
    const headHeight = Math.ceil(reach + 8);
    const across = (width - labelWidth - reach) / count;
    const down = (height - headHeight - 4) / count;
    const fitting = Math.floor(Math.min(maxCell, across, down));
    if (fitting >= smallestCell || fontSize <= input.smallestFont) {
      const cellSize = Math.max(smallestCell, fitting);
      return {
        fontSize,
        labelRoom,
        labelWidth,
        headHeight,
        cellSize,
        width: Math.ceil(labelWidth + count * cellSize + reach),
        height: headHeight + count * cellSize + 4,
      };
    }
  }
}
