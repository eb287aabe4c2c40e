import { useId, useMemo, useState } from 'react';
import { UTF8_BOM, CSV_TYPE, toCsv } from '../../core/export/csv';
import { localDateISO } from '../../core/export/exportFileName';
import { formatCount } from '../../core/format/formatCount';
import { comparisonCsvRows } from '../../core/foresight/comparisonCsv';
import {
  formatDaySpan,
  isoToNumber,
  numberToIso,
  parseDaySpan,
  parseIsoDay,
  type DaySpan,
} from '../../core/foresight/months';
import { comparePeriods, defaultComparePeriods, type PeriodRow } from '../../core/foresight/periods';
import { FACET_LABELS, type FacetName } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import { downloadBlob } from '../shared/download';
import { ChartMessage } from './ChartMessage';
import { ChoiceGroup } from './chartParts';
import { FACET_CHOICES, percent } from './periodParts';
import type { ChartProps } from './chartTypes';

/** Rows shown at most; the CSV holds them all. */
const ROWS_SHOWN = 200;

type SortColumn = 'label' | 'briefsA' | 'shareA' | 'briefsB' | 'shareB' | 'change' | 'lift';
const COLUMNS: { column: SortColumn; heading: (a: string, b: string) => string }[] = [
  { column: 'label', heading: () => 'Label' },
  { column: 'briefsA', heading: (a) => `Briefs A (${a})` },
  { column: 'shareA', heading: () => 'Share A' },
  { column: 'briefsB', heading: (_, b) => `Briefs B (${b})` },
  { column: 'shareB', heading: () => 'Share B' },
  { column: 'change', heading: () => 'Change' },
  { column: 'lift', heading: () => 'Lift' },
];

/** Rows by a column, largest first when `desc`; ties always by label, A to Z. */
function compareRows(column: SortColumn, desc: boolean): (x: PeriodRow, y: PeriodRow) => number {
  const sign = desc ? -1 : 1;
  if (column === 'label') return (x, y) => sign * x.label.localeCompare(y.label);
  // A value new in B has no lift: it sorts above every finite lift.
  const value = (row: PeriodRow) => (column === 'lift' ? (row.lift ?? Infinity) : row[column]);
  return (x, y) => sign * (value(x) - value(y)) || x.label.localeCompare(y.label);
}

const shortSpan = (span: DaySpan) => `${numberToIso(span.from)} to ${numberToIso(span.to)}`;

/** Two date ranges side by side: briefs, share, change and lift of every value, sortable, exportable as CSV. */
export function ComparePeriodsView({ index, result, settings }: ChartProps) {
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const [sort, setSort] = useState<{ column: SortColumn; desc: boolean }>({ column: 'change', desc: true });
  const { compareFacet: facet } = settings;
  const today = isoToNumber(localDateISO(new Date()));
  const defaults = useMemo(
    () => defaultComparePeriods(index.briefDate, result.briefIds, today),
    [index, result, today],
  );
  const a = useMemo(
    () => parseDaySpan(settings.comparePeriodA) ?? defaults?.a ?? null,
    [settings.comparePeriodA, defaults],
  );
  const b = useMemo(
    () => parseDaySpan(settings.comparePeriodB) ?? defaults?.b ?? null,
    [settings.comparePeriodB, defaults],
  );
  const comparison = useMemo(
    () =>
      a === null || b === null
        ? null
        : comparePeriods(index.facets[facet], index.briefDate, result.briefIds, a, b),
    [index, facet, result, a, b],
  );
  const rows = useMemo(() => {
    if (comparison === null) return [];
    return [...comparison.rows].sort(compareRows(sort.column, sort.desc));
  }, [comparison, sort]);

  function exportCsv() {
    if (comparison === null || a === null || b === null) return;
    const text = toCsv(comparisonCsvRows(comparison, FACET_LABELS[facet], a, b));
    downloadBlob(
      new Blob([UTF8_BOM, text], { type: CSV_TYPE }),
      `trendscope-compare-${facet}-${numberToIso(a.from)}-${numberToIso(a.to)}-vs-${numberToIso(b.from)}-${numberToIso(b.to)}.csv`,
    );
  }

  function onSort(column: SortColumn) {
    setSort((current) =>
      current.column === column ? { column, desc: !current.desc } : { column, desc: column !== 'label' },
    );
  }

  return (
    <>
      <div className="chart-options">
        <ChoiceGroup
          legend="Count"
          value={facet}
          options={FACET_CHOICES}
          onChange={(next: FacetName) => setChartSettings({ compareFacet: next })}
        />
        {a !== null && b !== null && (
          <>
            <PeriodInputs
              legend="Period A"
              span={a}
              onChange={(span) => setChartSettings({ comparePeriodA: formatDaySpan(span) })}
            />
            <PeriodInputs
              legend="Period B"
              span={b}
              onChange={(span) => setChartSettings({ comparePeriodB: formatDaySpan(span) })}
            />
            <button type="button" className="button" onClick={exportCsv}>
              Export CSV
            </button>
          </>
        )}
      </div>
      {comparison === null || a === null || b === null ? (
        <ChartMessage>No matching brief is dated</ChartMessage>
      ) : (
        <div className="foresight-view" data-chart-text="">
          <p className="chart-note">
            {`A: ${shortSpan(a)}, ${formatCount(comparison.briefsA)} briefs. B: ${shortSpan(b)}, ${formatCount(comparison.briefsB)} briefs. ` +
              `Share: the period's briefs carrying the label; change in percentage points; lift = share B / share A.`}
            {rows.length > ROWS_SHOWN &&
              ` Showing ${ROWS_SHOWN} of ${formatCount(rows.length)}; the CSV holds all.`}
          </p>
          <table className="foresight-table">
            <thead>
              <tr>
                {COLUMNS.map(({ column, heading }) => (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={sort.column === column ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={() => onSort(column)}>
                      {heading(numberToIso(a.from).slice(0, 7), numberToIso(b.from).slice(0, 7))}
                      {sort.column === column ? (sort.desc ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, ROWS_SHOWN).map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{formatCount(row.briefsA)}</td>
                  <td>{percent(row.shareA)}</td>
                  <td>{formatCount(row.briefsB)}</td>
                  <td>{percent(row.shareB)}</td>
                  <td>{`${row.change > 0 ? '+' : ''}${row.change.toFixed(1)} pts`}</td>
                  <td>{row.lift === null ? 'new' : `${row.lift.toFixed(2)}×`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** A period's first and last day; a change applies once both are valid days in order. */
function PeriodInputs({
  legend,
  span,
  onChange,
}: {
  legend: string;
  span: DaySpan;
  onChange(span: DaySpan): void;
}) {
  const id = useId();
  function change(side: 'from' | 'to', text: string) {
    const day = parseIsoDay(text);
    if (day === null) return;
    const next = { ...span, [side]: day };
    if (next.from <= next.to) onChange(next);
  }
  return (
    <fieldset className="chart-choice period-inputs">
      <legend>{legend}</legend>
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="date"
        value={numberToIso(span.from)}
        onChange={(event) => change('from', event.target.value)}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <input
        id={`${id}-to`}
        type="date"
        value={numberToIso(span.to)}
        onChange={(event) => change('to', event.target.value)}
      />
    </fieldset>
  );
}
