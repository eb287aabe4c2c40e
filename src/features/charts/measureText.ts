import { estimateTextWidth } from '../../core/foresight/radarLayout';
import type { MeasureText } from '../../core/charts/chartLayout';

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in the page's font at `fontSize` px, measured on a canvas (an estimate without one). */
export function measureTextWidth(text: string, fontSize: number, bold = false): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (context === null) return estimateTextWidth(text, fontSize, bold);
  context.font = `${bold ? '700 ' : ''}${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.ceil(context.measureText(text).width);
}

/** measureTextWidth at one size, as the MeasureText that the chart layout (core/charts/chartLayout) takes. */
export function textMeasure(fontSize: number, bold = false): MeasureText {
  return (text) => measureTextWidth(text, fontSize, bold);
}

/** The widest of the texts. */
export function widest(texts: readonly string[], measure: MeasureText): number {
  return Math.max(0, ...texts.map(measure));
}
