import Papa from 'papaparse';
import { emptyBrief } from '../model/emptyBrief';
import { neutralizeFormula } from '../export/neutralizeFormula';
import {
  ENTRY_KINDS,
  ENTRY_KIND_LABELS,
  type Brief,
  type Entry,
  type EntryKind,
  type Result,
  type Signal,
} from '../model/types';
import { keepHttpUrl } from '../parse/headerLine';
import { quote } from '../parse/text';

export interface TextFile {
  /** The name shown in reports, e.g. "exports/signals_2026-11-28.csv". */
  file: string;
  text: string;
}

export interface CsvFileRead {
  briefs: number;
  rows: number;
  warnings: string[];
}

export interface CsvImport {
  /** Every brief any of the files names, in order of first mention. */
  briefs: Brief[];
  /** One per file, in the order given. */
  files: { file: string; result: Result<CsvFileRead> }[];
}

/** What a CSV export never holds: said once per file, and named in each rebuilt brief's warnings. */
export const CSV_CANNOT_CARRY = 'a CSV export does not carry page ids, page links or related briefs';

type Shape = { rows: 'briefs' } | { rows: 'entries'; kind: EntryKind | 'per-row' };

/** The column labels Trendscope writes (see VIEW_COLUMNS and exportColumns). */
const LABEL = {
  briefId: 'Brief id',
  url: 'Article URL',
  title: 'Title',
  briefTitle: 'Brief',
  date: 'Date',
  category: 'Category',
  type: 'Type',
  themes: 'Themes',
  keywords: 'Keywords',
  summary: 'Summary',
  kind: 'Kind',
  name: 'Name',
  description: 'Description',
  change: 'Change',
  tenYear: '10-year',
  drivingForce: 'Driving force',
  relevancy: 'Relevancy',
} as const;

const SIGNAL_ONLY_COLUMNS = [LABEL.change, LABEL.tenYear, LABEL.drivingForce] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BYTE_ORDER_MARK = '\uFEFF';

type BriefContextField = 'summary' | 'category' | 'type' | 'themes' | 'keywords';

interface Draft {
  brief: Brief;
  /** The CSV files that mentioned the brief. */
  files: Set<string>;
  /** Which of the brief-level fields some file carried. */
  carried: Set<BriefContextField>;
}

/** Rows counted by a briefs-view export, per brief id and kind, to tell what the import is missing. */
type CountedRows = Map<string, Partial<Record<EntryKind, number>>>;

/**
 * Rebuilds briefs from CSV files Trendscope exported: the briefs view (brief fields, row counts)
 * and the tables (one row per signal, concern...), joined on the "Brief id" column. Brief fields
 * are taken from the first file giving them; a later file disagreeing is named in the brief's
 * warnings. Category, type, themes and keywords are read from any file that has them (a table's
 * export carries them when asked), the summary from a briefs-view export. Cells are
 * un-neutralised (see neutralizeFormula), lists split on "; ". What a CSV cannot hold is left
 * empty and said, per file and per brief.
 */
export function readCsvExports(sources: readonly TextFile[]): CsvImport {
  const drafts = new Map<string, Draft>();
  const counted = sources.map((): CountedRows => new Map());
  const files = sources.map(({ file, text }, position) => ({
    file,
    result: readCsvExport(file, text, drafts, counted[position]!),
  }));
  files.forEach(({ result }, position) => {
    if (result.ok) result.value.warnings.push(...missingRows(counted[position]!, drafts));
  });
  const briefs = [...drafts.values()].map(finishBrief);
  return { briefs, files };
}

function readCsvExport(
  file: string,
  text: string,
  drafts: Map<string, Draft>,
  counted: CountedRows,
): Result<CsvFileRead> {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const [header, ...records] = parsed.data;
  if (header === undefined) return { ok: false, reason: 'no header row: not a Trendscope CSV export' };
  const columns = new Map(header.map((label, position) => [label.trim(), position]));
  const shape = shapeOf(file, columns);
  if (!shape.ok) return shape;

  const warnings = [CSV_CANNOT_CARRY];
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    warnings.push(`${error.row === undefined ? 'file' : rowName(error.row)}: ${error.message}`);
  }
  const expected = shape.value.rows === 'briefs' ? BRIEF_VIEW_COLUMNS : entryColumns(shape.value.kind);
  const absent = expected.filter((label) => !columns.has(label));
  if (absent.length > 0)
    warnings.push(`no ${absent.map((label) => `"${label}"`).join(', ')} column: left empty`);

  const cellOf = (record: readonly string[]) => (label: string) => {
    const position = columns.get(label);
    return position === undefined ? '' : restoreFormula(record[position] ?? '');
  };
  const briefIds = new Set<string>();
  let rows = 0;
  records.forEach((record, position) => {
    const cell = cellOf(record);
    const where = `${file} ${rowName(position + 1)}`;
    const id = cell(LABEL.briefId).trim();
    if (id === '') {
      warnings.push(`${rowName(position + 1)}: no brief id; row left out`);
      return;
    }
    const draft = draftFor(drafts, id, file);
    draft.files.add(file);
    briefIds.add(id);
    if (shape.value.rows === 'briefs') {
      readBriefRecord(draft, cell, where, columns);
      counted.set(id, countsOf(cell, columns));
      return;
    }
    readBriefFields(
      draft,
      { title: cell(LABEL.briefTitle), date: cell(LABEL.date), url: cell(LABEL.url) },
      where,
    );
    readBriefContext(draft, cell, columns);
    const kind = shape.value.kind === 'per-row' ? kindOf(cell(LABEL.kind)) : shape.value.kind;
    if (kind === null) {
      warnings.push(
        `${rowName(position + 1)}: kind ${quote(cell(LABEL.kind))} is none of ${ENTRY_KINDS.join(', ')}; row left out`,
      );
      return;
    }
    const entry = readEntry(kind, cell, where, draft.brief.warnings);
    (draft.brief[kind] as Entry[]).push(entry);
    rows++;
  });
  return { ok: true, value: { briefs: briefIds.size, rows, warnings } };
}

const BRIEF_VIEW_COLUMNS = [
  LABEL.title,
  LABEL.date,
  LABEL.category,
  LABEL.type,
  LABEL.themes,
  LABEL.keywords,
  LABEL.url,
  LABEL.summary,
];

function entryColumns(kind: EntryKind | 'per-row'): string[] {
  const signalColumns = kind === 'signals' ? SIGNAL_ONLY_COLUMNS : [];
  return [
    LABEL.name,
    LABEL.description,
    ...signalColumns,
    LABEL.relevancy,
    LABEL.briefTitle,
    LABEL.date,
    LABEL.url,
  ];
}

/** Labels only the tables' exports have; a file with none of them is a briefs-view export. */
const ENTRY_ONLY_COLUMNS = [
  LABEL.kind,
  LABEL.name,
  LABEL.description,
  ...SIGNAL_ONLY_COLUMNS,
  LABEL.relevancy,
  LABEL.briefTitle,
];

/** Which rows the file holds: briefs, or entries of one kind (from a Kind column, the file name or signal-only columns). */
function shapeOf(file: string, columns: ReadonlyMap<string, number>): Result<Shape> {
  if (!columns.has(LABEL.briefId)) {
    return {
      ok: false,
      reason: `no "${LABEL.briefId}" column: not a CSV export of Trendscope briefs or rows`,
    };
  }
  if (!ENTRY_ONLY_COLUMNS.some((label) => columns.has(label))) return { ok: true, value: { rows: 'briefs' } };
  if (columns.has(LABEL.kind)) return { ok: true, value: { rows: 'entries', kind: 'per-row' } };
  const named = kindOfFileName(file);
  if (named !== null) return { ok: true, value: { rows: 'entries', kind: named } };
  if (SIGNAL_ONLY_COLUMNS.some((label) => columns.has(label))) {
    return { ok: true, value: { rows: 'entries', kind: 'signals' } };
  }
  return {
    ok: false,
    reason:
      'cannot tell which table the rows belong to: keep the name the export gave the file (it starts with concerns, behaviors, technologies or issues)',
  };
}

/** "signals_theme-ai_2026-11-28.csv" gives "signals". */
function kindOfFileName(file: string): EntryKind | null {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  return ENTRY_KINDS.find((kind) => base === `${kind}.csv` || base.startsWith(`${kind}_`)) ?? null;
}

function kindOf(cell: string): EntryKind | null {
  const lower = cell.trim().toLowerCase();
  return ENTRY_KINDS.find((kind) => kind === lower) ?? null;
}

function draftFor(drafts: Map<string, Draft>, id: string, file: string): Draft {
  let draft = drafts.get(id);
  if (draft === undefined) {
    draft = { brief: emptyBrief(id, file), files: new Set(), carried: new Set() };
    drafts.set(id, draft);
  }
  return draft;
}

type Cell = (label: string) => string;

const BRIEF_TEXT_FIELDS = [
  ['summary', LABEL.summary],
  ['category', LABEL.category],
  ['type', LABEL.type],
] as const;
const BRIEF_LIST_FIELDS = [
  ['themes', LABEL.themes],
  ['keywords', LABEL.keywords],
] as const;

function readBriefRecord(
  draft: Draft,
  cell: Cell,
  where: string,
  columns: ReadonlyMap<string, number>,
): void {
  readBriefFields(draft, { title: cell(LABEL.title), date: cell(LABEL.date), url: cell(LABEL.url) }, where);
  readBriefContext(draft, cell, columns);
}

/** The summary, category, type, themes and keywords of the first file that has their columns. */
function readBriefContext(draft: Draft, cell: Cell, columns: ReadonlyMap<string, number>): void {
  const { brief, carried } = draft;
  for (const [field, label] of BRIEF_TEXT_FIELDS) {
    if (!columns.has(label) || carried.has(field)) continue;
    carried.add(field);
    if (field === 'summary') brief.summary = cell(label);
    else brief[field] = cell(label) === '' ? null : cell(label);
  }
  for (const [field, label] of BRIEF_LIST_FIELDS) {
    if (!columns.has(label) || carried.has(field)) continue;
    carried.add(field);
    brief[field] = splitList(cell(label));
  }
}

interface BriefFields {
  title: string;
  date: string;
  url: string;
}

/** Fills the title, date and URL a brief does not have yet; a differing later value is named in its warnings. */
function readBriefFields(draft: Draft, fields: BriefFields, where: string): void {
  const { brief } = draft;
  const title = fields.title.trim();
  if (title !== '') {
    if (brief.title === '') brief.title = title;
    else if (brief.title !== title)
      brief.warnings.push(`${where}: title ${quote(title)} differs; kept ${quote(brief.title)}`);
  }
  const date = fields.date.trim();
  if (date !== '') {
    if (!ISO_DATE.test(date))
      brief.warnings.push(`${where}: date ${quote(date)} is not yyyy-mm-dd; left empty`);
    else if (brief.date === null) brief.date = date;
    else if (brief.date !== date) brief.warnings.push(`${where}: date ${date} differs; kept ${brief.date}`);
  }
  const url = fields.url.trim();
  if (url !== '' && brief.url === null) brief.url = keepHttpUrl(url, `${where}: article URL`, brief.warnings);
}

function readEntry(kind: EntryKind, cell: Cell, where: string, warnings: string[]): Entry | Signal {
  const entry: Entry = {
    name: cell(LABEL.name),
    description: cell(LABEL.description),
    relevancy: readRelevancy(cell(LABEL.relevancy), where, warnings),
  };
  if (kind !== 'signals') return entry;
  return {
    ...entry,
    change: cell(LABEL.change),
    tenYear: cell(LABEL.tenYear),
    drivingForce: cell(LABEL.drivingForce),
  };
}

function readRelevancy(cell: string, where: string, warnings: string[]): number | null {
  const text = cell.trim();
  if (text === '') return null;
  const value = Number(text);
  if (Number.isInteger(value) && value >= 1 && value <= 5) return value;
  warnings.push(`${where}: relevancy ${quote(text)} is not 1-5; left empty`);
  return null;
}

function countsOf(cell: Cell, columns: ReadonlyMap<string, number>): Partial<Record<EntryKind, number>> {
  const counts: Partial<Record<EntryKind, number>> = {};
  for (const kind of ENTRY_KINDS) {
    if (!columns.has(ENTRY_KIND_LABELS[kind])) continue;
    const count = Number(cell(ENTRY_KIND_LABELS[kind]));
    if (Number.isInteger(count) && count > 0) counts[kind] = count;
  }
  return counts;
}

/** Per kind, the rows a briefs-view export counted for its briefs that no file of the import brought. */
function missingRows(counted: CountedRows, drafts: ReadonlyMap<string, Draft>): string[] {
  return ENTRY_KINDS.flatMap((kind) => {
    let expected = 0;
    let found = 0;
    for (const [id, counts] of counted) {
      expected += counts[kind] ?? 0;
      found += drafts.get(id)?.brief[kind].length ?? 0;
    }
    if (found >= expected) return [];
    return [
      `counts ${expected} ${kind} for its briefs but the import holds ${found}: export the ${ENTRY_KIND_LABELS[kind]} table as CSV and import it with this file`,
    ];
  });
}

function finishBrief({ brief, files, carried }: Draft): Brief {
  const missing = [...(carried.has('summary') ? [] : ['summary']), 'page', 'related briefs'];
  for (const field of ['category', 'type', 'themes', 'keywords'] as const)
    if (!carried.has(field)) missing.push(field);
  const title = brief.title === '' ? brief.id : brief.title;
  const note = `rebuilt from CSV (${[...files].join(', ')}): no ${missing.join(', ')}`;
  const warnings =
    brief.title === ''
      ? [note, 'no title in the CSV; the id stands in for it', ...brief.warnings]
      : [note, ...brief.warnings];
  return { ...brief, title, warnings };
}

/** The export joins list cells with "; " (see cellText); a spreadsheet may have dropped the spaces. */
function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Undoes neutralizeFormula: "'=1+1" was written for "=1+1". */
function restoreFormula(cell: string): string {
  if (!cell.startsWith("'")) return cell;
  const original = cell.slice(1);
  return neutralizeFormula(original) === cell ? original : cell;
}

/** `index` counts the header as 0; spreadsheets number it 1. */
function rowName(index: number): string {
  return `row ${index + 1}`;
}
