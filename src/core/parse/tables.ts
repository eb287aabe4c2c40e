/** The table sections: Signals, Concerns, Behaviors, Technologies and Issues. */
import { ENTRY_KIND_LABELS } from '../model/types';
import type { Entry, EntryKind, Signal } from '../model/types';
import type { Section } from './document';
import { countOf, describeLines, isBlank, quote } from './text';
import { findContinuations, isBlankRow, joinLines } from './wrappedRows';
import type { Continuations, TableLine } from './wrappedRows';

type Field = 'name' | 'description' | 'relevancy' | 'change' | 'tenYear' | 'drivingForce';

/** Header cells compared lower-case with everything but letters and digits removed. */
const FIELDS_BY_HEADER = new Map<string, Field>([
  ['name', 'name'],
  ['title', 'name'],
  ['signal', 'name'],
  ['concern', 'name'],
  ['behavior', 'name'],
  ['behaviour', 'name'],
  ['technology', 'name'],
  ['issue', 'name'],
  ['description', 'description'],
  ['change', 'change'],
  ['10year', 'tenYear'],
  ['10years', 'tenYear'],
  ['10yhorizon', 'tenYear'],
  ['10yearhorizon', 'tenYear'],
  ['tenyear', 'tenYear'],
  ['drivingforce', 'drivingForce'],
  ['drivingforces', 'drivingForce'],
  ['relevancy', 'relevancy'],
  ['relevance', 'relevancy'],
]);

const FIELD_LABELS: Record<Field, string> = {
  name: 'name',
  description: 'description',
  relevancy: 'relevancy',
  change: 'change',
  tenYear: '10-year',
  drivingForce: 'driving-force',
};

/** Layout A column order, also the order assumed for a table that lost its header. */
const SIGNAL_FIELDS: readonly Field[] = [
  'name',
  'description',
  'change',
  'tenYear',
  'drivingForce',
  'relevancy',
];
const LAYOUT_B_SIGNAL_FIELDS: readonly Field[] = ['name', 'change', 'tenYear', 'drivingForce'];
const ENTRY_FIELDS: readonly Field[] = ['name', 'description', 'relevancy'];

/** Columns that a layout lacks by design: their absence is not a repair. */
const OPTIONAL_SIGNAL_FIELDS: ReadonlySet<Field> = new Set(['description', 'relevancy']);
const OPTIONAL_ENTRY_FIELDS: ReadonlySet<Field> = new Set(['relevancy']);

/** Columns that every row fills, in order of preference: a continuation line leaves them blank. */
const FILLED_FIELDS: readonly Field[] = ['relevancy', 'drivingForce', 'description'];

interface Column {
  /** null: a column the brief has no field for; its values are appended to the description. */
  field: Field | null;
  label: string;
}

export function readSignals(sections: readonly Section[], warnings: string[]): Signal[] {
  return readRows('signals', sections, warnings);
}

export function readEntries(kind: EntryKind, sections: readonly Section[], warnings: string[]): Entry[] {
  return readRows(kind, sections, warnings).map(({ name, description, relevancy }) => ({
    name,
    description,
    relevancy,
  }));
}

/** Reads every occurrence of one table section; rows are numbered across occurrences. */
function readRows(kind: EntryKind, sections: readonly Section[], warnings: string[]): Signal[] {
  const rows: Signal[] = [];
  let rowNumber = 0;
  for (const section of sections) {
    const tableLines: TableLine[] = [];
    const strayLines: number[] = [];
    const { lines, firstLineNumber } = section;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? '';
      if (!line.includes('|')) {
        if (!isBlank(line)) strayLines.push(firstLineNumber + index);
        continue;
      }
      tableLines.push(splitRow(line, firstLineNumber + index));
    }
    rowNumber = new TableReader(kind, warnings).readTable(tableLines, rows, rowNumber);
    if (strayLines.length > 0) {
      const what = strayLines.length === 1 ? 'is not a table row' : 'are not table rows';
      warnings.push(`${ENTRY_KIND_LABELS[kind]}: ${describeLines(strayLines)} ${what}; ignored`);
    }
  }
  return rows;
}

/** Cells between pipes, trimmed; `\|` is a literal pipe inside a cell. One pass, no regex. */
function splitRow(line: string, lineNumber: number): TableLine {
  const cells: string[] = [];
  let escaped = '';
  let cellStart = 0;
  let separators = 0;
  let pipe = line.indexOf('|');
  while (pipe !== -1) {
    if (pipe > 0 && line.charCodeAt(pipe - 1) === 92 /* \ */) {
      escaped += line.slice(cellStart, pipe - 1) + '|';
      cellStart = pipe + 1;
    } else {
      const cell = (escaped + line.slice(cellStart, pipe)).trim();
      // text before the first pipe is a cell only when there is some: a row may omit its leading pipe
      if (separators > 0 || cell !== '') cells.push(cell);
      separators++;
      escaped = '';
      cellStart = pipe + 1;
    }
    pipe = line.indexOf('|', pipe + 1);
  }
  const rest = (escaped + line.slice(cellStart)).trim();
  const closed = rest === '' && separators > 0;
  if (!closed) cells.push(rest);
  return { text: line, lineNumber, cells, closed };
}

/** `|:---|---:|` and the like. */
function isAlignmentRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every(isAlignmentCell);
}

function isAlignmentCell(cell: string): boolean {
  let start = cell.startsWith(':') ? 1 : 0;
  const end = cell.endsWith(':') && cell.length > start ? cell.length - 1 : cell.length;
  if (start >= end) return false;
  for (; start < end; start++) if (cell.charCodeAt(start) !== 45 /* - */) return false;
  return true;
}

function normalizeHeader(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Reads one occurrence of a table: its header, alignment row and data rows, in order. */
class TableReader {
  private columns: Column[] | null = null;
  private expectingAlignment = false;
  private readonly label: string;

  constructor(
    private readonly kind: EntryKind,
    private readonly warnings: string[],
  ) {
    this.label = ENTRY_KIND_LABELS[kind];
  }

  /**
   * Reads the lines of one occurrence of the table into `rows`, numbering them on from `rowNumber`, and
   * returns the last number given. In a wrapped table each row's continuation lines are joined to it.
   */
  readTable(lines: readonly TableLine[], rows: Signal[], rowNumber: number): number {
    let continuations: Continuations | null | undefined;
    const wrap = { warningAt: 0, lines: 0, blankLines: 0, rows: 0 };
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      if (line === undefined || this.acceptsAsFormatting(line, line.lineNumber)) continue;
      if (continuations === undefined) {
        continuations = findContinuations(lines, index, this.filledColumn());
        wrap.warningAt = this.warnings.length;
      }
      const mark = continuations?.marks[index];
      let row: Pick<TableLine, 'cells' | 'closed'> = line;
      if (continuations?.wrapped) {
        const { marks } = continuations;
        let end = index + 1;
        while (end < lines.length && (marks[end] === 'aligned' || isBlankRow(lines[end] ?? line))) end++;
        const parts = lines.slice(index, end).filter((part) => !isBlankRow(part));
        wrap.lines += end - index;
        wrap.blankLines += end - index - parts.length;
        index = end - 1;
        if (parts.length === 0) continue;
        row = joinLines(parts);
        wrap.rows++;
      }
      rowNumber++;
      if (mark === 'unaligned') {
        this.warnings.push(
          `${this.label} row ${rowNumber} reads like the rest of the row above, but its columns do not line up with it; kept as a row`,
        );
      }
      const read = this.readRow(row, rowNumber);
      if (read !== null) rows.push(read);
    }
    if (continuations?.wrapped) {
      const dropped = wrap.blankLines > 0 ? `; ${countOf(wrap.blankLines, 'all-blank line')} dropped` : '';
      this.warnings.splice(
        wrap.warningAt,
        0,
        `${this.label}: ${countOf(wrap.lines, 'line')} joined into ${countOf(wrap.rows, 'row')} (wrapped cells)${dropped}`,
      );
    }
    return rowNumber;
  }

  /** The column every row fills, by which a continuation line is told from a new row; -1 for none. */
  private filledColumn(): number {
    const columns = this.columns ?? [];
    for (const field of FILLED_FIELDS) {
      const index = columns.findIndex((column) => column.field === field);
      if (index !== -1) return index;
    }
    return -1;
  }

  /** True when the row was the header or an alignment row rather than data. */
  private acceptsAsFormatting({ cells }: TableLine, lineNumber: number): boolean {
    const alignment = isAlignmentRow(cells);
    if (this.columns === null) {
      const header = alignment ? null : this.readHeader(cells);
      this.columns = header ?? this.assumeColumns(cells.length);
      this.expectingAlignment = header !== null;
      return header !== null || alignment;
    }
    if (alignment && !this.expectingAlignment) {
      this.warnings.push(`${this.label}: stray alignment row on line ${lineNumber} ignored`);
    }
    this.expectingAlignment = false;
    return alignment;
  }

  private fields(): readonly Field[] {
    return this.kind === 'signals' ? SIGNAL_FIELDS : ENTRY_FIELDS;
  }

  private optionalFields(): ReadonlySet<Field> {
    return this.kind === 'signals' ? OPTIONAL_SIGNAL_FIELDS : OPTIONAL_ENTRY_FIELDS;
  }

  /** The header's columns, or null when no cell names a known column (the header is missing). */
  private readHeader(cells: readonly string[]): Column[] | null {
    const named = cells.map((cell) => FIELDS_BY_HEADER.get(normalizeHeader(cell)));
    if (named.every((field) => field === undefined)) return null;
    const fields = this.fields();
    const taken = new Set<Field>();
    const columns = cells.map((cell, index): Column => {
      const field = named[index];
      const label = cell === '' ? `column ${index + 1}` : cell;
      if (field !== undefined && fields.includes(field) && !taken.has(field)) {
        taken.add(field);
        return { field, label };
      }
      const why =
        field !== undefined && taken.has(field)
          ? `repeats the ${FIELD_LABELS[field]} column`
          : 'has no place in a brief';
      this.warnings.push(
        `${this.label} table column ${quote(label)} ${why}; its values appended to the descriptions as ${quote(`(${label}: …)`)}`,
      );
      return { field: null, label };
    });
    for (const field of fields) {
      if (taken.has(field) || this.optionalFields().has(field)) continue;
      const what = field === 'name' ? 'names' : `${FIELD_LABELS[field]} values`;
      this.warnings.push(`${this.label} table has no ${FIELD_LABELS[field]} column; ${what} left empty`);
    }
    return columns;
  }

  /**
   * Columns by position for a table without a header: layout B for a four-column Signals table, and
   * the usual order cut to the row's width when only optional columns are cut.
   */
  private assumeColumns(cellCount: number): Column[] {
    const usual =
      this.kind === 'signals' && cellCount === LAYOUT_B_SIGNAL_FIELDS.length
        ? LAYOUT_B_SIGNAL_FIELDS
        : this.fields();
    const cut = usual.slice(0, cellCount);
    const fields = usual.slice(cellCount).every((field) => this.optionalFields().has(field)) ? cut : usual;
    const order = fields.map((field) => FIELD_LABELS[field]).join(' | ');
    this.warnings.push(`${this.label} table has no header row; columns read as ${order}`);
    return fields.map((field) => ({ field, label: FIELD_LABELS[field] }));
  }

  private readRow({ cells, closed }: Pick<TableLine, 'cells' | 'closed'>, rowNumber: number): Signal | null {
    if (cells.every((cell) => cell === '')) {
      this.warnings.push(`${this.label} row ${rowNumber} is empty; dropped`);
      return null;
    }
    const columns = this.columns ?? [];
    const values: Record<Field, string> = {
      name: '',
      description: '',
      relevancy: '',
      change: '',
      tenYear: '',
      drivingForce: '',
    };
    const appended: string[] = [];
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index] ?? '';
      const column = columns[index];
      if (column?.field) values[column.field] = cell;
      else if (cell !== '') appended.push(`(${column?.label ?? `column ${index + 1}`}: ${cell})`);
    }
    // Warnings are rare: their texts are built only when one is written.
    const where = () => `${this.label} row ${rowNumber}`;
    const counts = () => `has ${cells.length} cells for ${columns.length} columns`;
    if (cells.length > columns.length) {
      const extraValues = cells.slice(columns.length).some((cell) => cell !== '');
      this.warnings.push(
        `${where()} ${counts()}; ${extraValues ? 'extra cells appended to the description' : 'the extra cells are empty'}`,
      );
    }
    if (!closed) this.warnings.push(`${where()} cut off mid-row; kept what was read`);
    else if (cells.length < columns.length)
      this.warnings.push(`${where()} ${counts()}; missing values left empty`);
    const description =
      appended.length === 0
        ? values.description
        : [values.description, ...appended].filter(Boolean).join(' ');
    return {
      name: values.name,
      description,
      relevancy: this.readRelevancy(values.relevancy, where),
      change: values.change,
      tenYear: values.tenYear,
      drivingForce: values.drivingForce,
    };
  }

  private readRelevancy(cell: string, where: () => string): number | null {
    if (cell === '') return null;
    const relevancy = parseRelevancy(cell);
    if (relevancy === null)
      this.warnings.push(`relevancy ${quote(cell)} in ${where()} is not 1-5; left empty`);
    return relevancy;
  }
}

/** An integer from 1 to 5, written "4" or "4.0"; null for anything else. */
function parseRelevancy(cell: string): number | null {
  const dot = cell.indexOf('.');
  const whole = dot === -1 ? cell : cell.slice(0, dot);
  const fraction = dot === -1 ? '' : cell.slice(dot + 1);
  if (whole.length === 0 || whole.length > 2 || !/^\d+$/.test(whole) || !/^0*$/.test(fraction)) return null;
  const value = Number(whole);
  return value >= 1 && value <= 5 ? value : null;
}
