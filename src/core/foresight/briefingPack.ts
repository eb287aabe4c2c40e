import { escapeXml } from '../charts/exportSvg';

export interface PackFigure {
  title: string;
  /** A standalone <svg> document, as the chart export writes it. */
  svg: string;
}

export interface PackSignal {
  name: string;
  description: string;
  relevancy: number | null;
  briefTitle: string;
  date: string | null;
  /** The source article (http or https only; anything else is left unlinked). */
  url: string | null;
}

export interface PackTopic {
  label: string;
  description: string;
  size: number;
}

export interface BriefingPackInput {
  title: string;
  /** ISO yyyy-mm-dd: the day the pack was made, printed on it. */
  madeOn: string;
  datasetLabel: string;
  /** What the current filters keep, as the charts' caption says it. */
  filtersCaption: string;
  figures: readonly PackFigure[];
  signals: readonly PackSignal[];
  topics: readonly PackTopic[];
}

/**
 * The page may load nothing from anywhere: styles are inline, figures are inline SVG, and the
 * links to sources are only followed when clicked.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLES = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2430; }
body { margin: 0 auto; max-width: 1100px; padding: 32px 40px; line-height: 1.45; }
header { border-bottom: 2px solid #1c2430; margin-bottom: 24px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; }
.meta { color: #4a5565; margin: 0 0 12px; }
figure { margin: 0 0 28px; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; border: 1px solid #d5dbe3; }
figcaption { font-weight: 600; margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid #d5dbe3; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
a { color: #1f5fbf; }
.topic { break-inside: avoid; margin-bottom: 12px; }
.topic h3 { font-size: 16px; margin: 0; }
.topic p { margin: 2px 0 0; }
@media print {
  body { max-width: none; padding: 0; }
  @page { margin: 15mm; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 10px; color: #4a5565; word-break: break-all; }
  thead { display: table-header-group; }
  tr, figure, .topic { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;

function safeUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

/** Drops an XML declaration or doctype so the SVG can sit inside the HTML. */
function inlineSvg(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*>\s*/i, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
}

function signalRow(signal: PackSignal): string {
  const url = safeUrl(signal.url);
  const brief = escapeXml(signal.briefTitle);
  return [
    '<tr>',
    `<td class="num">${signal.relevancy ?? '–'}</td>`,
    `<td><strong>${escapeXml(signal.name)}</strong><br>${escapeXml(signal.description)}</td>`,
    `<td>${url === null ? brief : `<a href="${escapeXml(url)}" rel="noreferrer">${brief}</a>`}</td>`,
    `<td class="num">${escapeXml(signal.date ?? '')}</td>`,
    '</tr>',
  ].join('');
}

/** A self-contained HTML briefing pack: opens offline, requests nothing, prints cleanly to PDF. */
export function buildBriefingPack(input: BriefingPackInput): string {
  const sections: string[] = [];
  if (input.figures.length > 0) {
    sections.push(
      '<h2>Charts</h2>',
      ...input.figures.map(
        (figure) =>
          `<figure><figcaption>${escapeXml(figure.title)}</figcaption>${inlineSvg(figure.svg)}</figure>`,
      ),
    );
  }
  if (input.topics.length > 0) {
    sections.push(
      '<h2>Topics</h2>',
      ...input.topics.map(
        (topic) =>
          `<div class="topic"><h3>${escapeXml(topic.label)} <small>(${topic.size} brief${topic.size === 1 ? '' : 's'})</small></h3><p>${escapeXml(topic.description)}</p></div>`,
      ),
    );
  }
  sections.push(
    '<h2>Top signals by relevancy</h2>',
    input.signals.length === 0
      ? '<p>No signal matches the current filters.</p>'
      : `<table><thead><tr><th>Relevancy</th><th>Signal</th><th>Brief and source</th><th>Date</th></tr></thead><tbody>${input.signals.map(signalRow).join('')}</tbody></table>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(input.title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeXml(input.title)}</h1>`,
    `<p class="meta">Made on ${escapeXml(input.madeOn)} with Trendscope from ${escapeXml(input.datasetLabel)}</p>`,
    `<p class="meta">${escapeXml(input.filtersCaption)}</p>`,
    '</header>',
    '<main>',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
