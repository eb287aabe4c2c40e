import { downloadBlob } from '../shared/download';
import { composeExportSvg, escapeXml, type SvgPart } from '../../core/charts/exportSvg';

export interface ChartExport {
  /**
   * The chart's frame: its drawings are the <svg> of each [data-chart-drawing] element, the text
   * around them (subtitles, notes, messages) the [data-chart-text] elements, its textures [data-chart-defs].
   */
  frame: HTMLElement;
  title: string;
  caption: string;
  fileName: string;
  theme: 'light' | 'dark';
}

/** Styles that decide how SVG looks; copied inline so the file looks the same without the page's CSS. */
const INLINED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Hover decorations that must not end up in a file. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-reference-area';

export function downloadSvg(request: ChartExport): void {
  const { svg } = exportSvg(request);
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), request.fileName);
}

/** A PNG at twice the screen's device pixel ratio, drawn from the same SVG (no library: <img> then canvas). */
export async function downloadPng(request: ChartExport): Promise<void> {
  const { svg, width, height } = exportSvg(request);
  const scale = 2 * (window.devicePixelRatio || 1);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png === null) throw new Error('This browser could not encode the PNG.');
    downloadBlob(png, request.fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The frame's drawings as one SVG document, read in the requested theme. The theme is switched on
 * the whole page only while the styles are read (synchronously, so nothing is painted in between):
 * the theme colours are light-dark() values resolved where they are declared, on <html>.
 */
function exportSvg({ frame, title, caption, theme }: ChartExport): {
  svg: string;
  width: number;
  height: number;
} {
  const root = document.documentElement;
  const pageTheme = root.getAttribute('data-theme');
  root.dataset.theme = theme;
  frame.dataset.exportTheme = theme;
  try {
    const drawings = [...frame.querySelectorAll('[data-chart-drawing]')]
      .map((drawing) => drawing.querySelector('svg'))
      .filter((svg): svg is SVGSVGElement => svg !== null)
      .map((svg) => ({ box: svg.getBoundingClientRect(), markup: () => serialise(inlinedCopy(svg)) }));
    const texts = [...frame.querySelectorAll<HTMLElement>('[data-chart-text]')].map((element) => ({
      box: element.getBoundingClientRect(),
      markup: () => textAsSvg(element),
    }));
    const pieces = [...drawings, ...texts];
    const boxes = pieces.map((piece) => piece.box);
    const left = Math.min(...boxes.map((box) => box.left));
    const top = Math.min(...boxes.map((box) => box.top));
    const parts: SvgPart[] = pieces.map(({ box, markup }) => ({
      x: box.left - left,
      y: box.top - top,
      markup: markup(),
    }));
    const defs = frame.querySelector('[data-chart-defs] defs');
    if (defs !== null) parts.unshift({ x: 0, y: 0, markup: serialise(inlinedCopy(defs)) });
    const frameStyle = getComputedStyle(frame);
    const captionElement = frame.querySelector('figcaption');
    return composeExportSvg({
      title,
      caption,
      width: Math.max(0, ...boxes.map((box) => box.right - left)),
      height: Math.max(0, ...boxes.map((box) => box.bottom - top)),
      parts,
      colors: {
        background: frameStyle.backgroundColor,
        foreground: frameStyle.color,
        muted: captionElement === null ? frameStyle.color : getComputedStyle(captionElement).color,
      },
      fontFamily: frameStyle.fontFamily,
    });
  } finally {
    delete frame.dataset.exportTheme;
    if (pageTheme === null) root.removeAttribute('data-theme');
    else root.dataset.theme = pageTheme;
  }
}

/** An HTML line of text (a subtitle, a note) as an <svg> of its size holding a <text> in its font and colour. */
function textAsSvg(element: HTMLElement): string {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const size = parseFloat(style.fontSize);
  const centred = style.textAlign === 'center';
  const attributes = [
    `x="${centred ? box.width / 2 : parseFloat(style.paddingLeft)}"`,
    `y="${parseFloat(style.paddingTop) + size}"`,
    `font-family="${escapeXml(style.fontFamily)}"`,
    `font-size="${size}"`,
    `font-weight="${style.fontWeight}"`,
    `fill="${style.color}"`,
    centred ? 'text-anchor="middle"' : '',
  ];
  const text = escapeXml((element.textContent ?? '').replace(/\s+/g, ' ').trim());
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" overflow="visible"><text ${attributes.join(' ')}>${text}</text></svg>`;
}

/** A deep copy with the computed look of every element inlined and hover decorations removed. */
function inlinedCopy(source: Element): Element {
  const copy = source.cloneNode(true) as Element;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, position) => {
    const target = copies[position]!;
    const computed = getComputedStyle(original);
    const declarations = INLINED_STYLES.map((name) => `${name}:${computed.getPropertyValue(name)}`);
    if (computed.display === 'none') declarations.push('display:none');
    target.setAttribute('style', declarations.join(';'));
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  originals.forEach((original, position) => {
    if (original.matches(TRANSIENT)) copies[position]!.remove();
  });
  return copy;
}

function serialise(element: Element): string {
  return new XMLSerializer().serializeToString(element);
}
