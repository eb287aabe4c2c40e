/** The lines above the first section: the title line with its page link, and the external link. */
import { quote, readWholeLink, stripBoldMarkers } from './text';

export interface TitleLine {
  title: string;
  page: string | null;
  pageUrl: string | null;
  /** False for a bare `# Title`: such a line alone does not make a file a brief. */
  hasPageLink: boolean;
}

/** Layout A writes `, (from page [id](url).)`, layout B `, from ([id](url).)`. */
const PAGE_LINK_OPENINGS = ['(from page [', 'from (['];
const PAGE_LINK_CLOSING = '.)';

/** Reads the text after `# `. */
export function readTitleLine(content: string, warnings: string[]): TitleLine {
  const opening = findPageLinkOpening(content);
  if (opening === null) {
    warnings.push('title line has no page link; page, date and page URL left empty');
    return { title: stripBoldMarkers(content.trim()), page: null, pageUrl: null, hasPageLink: false };
  }
  const titlePart = content.slice(0, opening.start).trim();
  const title = stripBoldMarkers(titlePart.endsWith(',') ? titlePart.slice(0, -1).trimEnd() : titlePart);
  const link = content.slice(opening.end);
  const labelEnd = link.indexOf('](');
  if (labelEnd === -1) {
    const bracket = link.indexOf(']');
    warnings.push('title line cut off inside the page link; page URL left empty');
    return {
      title,
      page: readPageId(bracket === -1 ? link : link.slice(0, bracket), warnings),
      pageUrl: null,
      hasPageLink: true,
    };
  }
  const page = readPageId(link.slice(0, labelEnd), warnings);
  const afterLabel = link.slice(labelEnd + 2);
  const urlEnd = afterLabel.indexOf(')');
  if (urlEnd === -1) {
    warnings.push('title line cut off inside the page URL; kept what was read');
  } else {
    const tail = afterLabel.slice(urlEnd + 1).trim();
    if (tail !== PAGE_LINK_CLOSING) {
      warnings.push(
        PAGE_LINK_CLOSING.startsWith(tail)
          ? 'title line cut off after the page link'
          : `title line has unexpected text after the page link, ${quote(tail)}; ignored`,
      );
    }
  }
  const rawUrl = urlEnd === -1 ? afterLabel : afterLabel.slice(0, urlEnd);
  return { title, page, pageUrl: keepHttpUrl(rawUrl.trim(), 'page URL', warnings), hasPageLink: true };
}

function findPageLinkOpening(content: string): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (const opening of PAGE_LINK_OPENINGS) {
    const start = content.lastIndexOf(opening);
    if (start !== -1 && (found === null || start > found.start))
      found = { start, end: start + opening.length };
  }
  return found;
}

function readPageId(raw: string, warnings: string[]): string | null {
  const page = raw.trim();
  if (page === '') {
    warnings.push('page id is empty; page and date left empty');
    return null;
  }
  if (page !== raw) warnings.push(`page id ${quote(raw)} has surrounding spaces; trimmed`);
  return page;
}

/** The ISO date a page id starts with (`yyyymmdd` or `yyyy-mm-dd`), or null. */
export function readPageDate(page: string, warnings: string[]): string | null {
  const leading = readLeadingDate(page);
  if (leading === null) {
    warnings.push(`page id ${quote(page)} is not a date; date left empty`);
    return null;
  }
  if (leading.length < page.length) {
    warnings.push(`page id ${quote(page)} is not a plain date; date read as ${leading.iso}`);
  }
  return leading.iso;
}

function readLeadingDate(page: string): { iso: string; length: number } | null {
  const dashed = page.charAt(4) === '-' && page.charAt(7) === '-';
  const parts = dashed
    ? [page.slice(0, 4), page.slice(5, 7), page.slice(8, 10)]
    : [page.slice(0, 4), page.slice(4, 6), page.slice(6, 8)];
  const [year, month, day] = parts as [string, string, string];
  if (!isDigits(year, 4) || !isDigits(month, 2) || !isDigits(day, 2)) return null;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return null;
  return { iso: `${year}-${month}-${day}`, length: dashed ? 10 : 8 };
}

function isDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Four-digit years from 1000 on, so that an id like "00000101" is not read as a date. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

/** The article link line, `__[External link](url)__`: its url as written, or null for any other line. */
export function readExternalLinkLine(line: string): string | null {
  const link = readWholeLink(stripBoldMarkers(line.trim()));
  return link === null ? null : link.target;
}

/** Only http: and https: links survive: anything else (javascript:, data:, relative) is dropped. */
export function keepHttpUrl(url: string, what: string, warnings: string[]): string | null {
  if (url === '') {
    warnings.push(`${what} is empty; left empty`);
    return null;
  }
  const scheme = url.slice(0, 8).toLowerCase();
  const http = scheme.startsWith('http://') ? 7 : scheme.startsWith('https://') ? 8 : 0;
  if (http === 0 || url.length === http) {
    warnings.push(`${what} ${quote(url)} is not http(s); dropped`);
    return null;
  }
  return url;
}
