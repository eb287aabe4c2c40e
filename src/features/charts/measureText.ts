import { estimateTextWidth } from '../../core/foresight/radarLayout';

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in the page's font at `fontSize` px, measured on a canvas (an estimate without one). */
export function measureTextWidth(text: string, fontSize: number, bold = false): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (context === null) return estimateTextWidth(text, fontSize, bold);
  context.font = `${bold ? '700 ' : ''}${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.ceil(context.measureText(text).width);
}
