/** A chart drawing placed in the exported image: serialised <svg> markup and where it goes. */
export interface SvgPart {
  x: number;
  y: number;
  markup: string;
}

export interface ExportSvgInput {
  title: string;
  caption: string;
  /** The drawings' area, in CSS pixels (the parts are placed inside it). */
  width: number;
  height: number;
  parts: readonly SvgPart[];
  colors: { background: string; foreground: string; muted: string };
  fontFamily: string;
}

const PADDING = 24;
const TITLE_SIZE = 22;
const CAPTION_SIZE = 14;
const LINE_GAP = 1.35;
/** Average glyph width of a sans-serif font, in ems: enough to wrap a caption without measuring it. */
const GLYPH_WIDTH = 0.55;

/**
 * A standalone SVG document: a background, the title (also as <title>), the chart drawings and the
 * caption below them, wrapped to the width. Its size is returned so a PNG can be drawn at a scale.
 */
export function composeExportSvg(input: ExportSvgInput): { svg: string; width: number; height: number } {
  const width = Math.ceil(input.width + 2 * PADDING);
  const captionLines = wrapWords(input.caption, Math.floor(input.width / (CAPTION_SIZE * GLYPH_WIDTH)));
  const chartTop = PADDING + TITLE_SIZE * LINE_GAP + 8;
  const captionTop = chartTop + input.height + 12;
  const height = Math.ceil(captionTop + captionLines.length * CAPTION_SIZE * LINE_GAP + PADDING);
  const font = escapeXml(input.fontFamily);
  const captionText = captionLines
    .map(
      (line, position) =>
        `<tspan x="${PADDING}" dy="${position === 0 ? 0 : CAPTION_SIZE * LINE_GAP}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(input.caption)}</desc>`,
    `<rect width="100%" height="100%" fill="${escapeXml(input.colors.background)}"/>`,
    `<text x="${PADDING}" y="${PADDING + TITLE_SIZE}" font-family="${font}" font-size="${TITLE_SIZE}" font-weight="700" fill="${escapeXml(input.colors.foreground)}">${escapeXml(input.title)}</text>`,
    `<g transform="translate(${PADDING} ${chartTop})">`,
    ...input.parts.map((part) => `<g transform="translate(${part.x} ${part.y})">${part.markup}</g>`),
    `</g>`,
    `<text class="caption" x="${PADDING}" y="${captionTop + CAPTION_SIZE}" font-family="${font}" font-size="${CAPTION_SIZE}" fill="${escapeXml(input.colors.muted)}">${captionText}</text>`,
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
}

/** Splits text into lines of at most `maxChars` characters at spaces (a longer word gets a line of its own). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
  );
}
