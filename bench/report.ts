import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { evaluate, type Verdict } from './budgets';
import { GROUPS, type Figure, type Measurement, type Unit } from './measurement';

export interface JudgedMeasurement extends Measurement {
  verdict: Verdict;
  /** ISO time of the run that produced it (results.json merges partial runs). */
  measuredAt: string;
}

export type Environment = Record<string, string | number>;

export interface Results {
  /** The machine and state of each run, by its measuredAt. */
  environments: Record<string, Environment>;
  measurements: JudgedMeasurement[];
}

export function judge(measurements: readonly Measurement[], measuredAt: string): JudgedMeasurement[] {
  return measurements.map((measurement) => ({ ...measurement, verdict: evaluate(measurement), measuredAt }));
}

const DIGITS: Record<Unit, number> = { ms: 1, s: 2, MB: 1, 'MB/s': 1, kB: 1 };

export function formatValue(value: number, unit: Unit): string {
  const digits = unit === 'ms' && value >= 100 ? 0 : unit === 'ms' && value < 10 ? 2 : DIGITS[unit];
  return `${value.toFixed(digits)} ${unit}`;
}

function formatBudget({ limit, direction }: Verdict, unit: Unit): string {
  if (limit === null) return '';
  return `${direction === 'atLeast' ? '>=' : '<='} ${formatValue(limit, unit)}`;
}

function formatStatus({ status, reference }: Verdict): string {
  if (status === 'none') return '';
  const word = status === 'pass' ? 'pass' : 'FAIL';
  return reference ? `(${word})` : word;
}

function formatRuns(runs: readonly Figure[] | undefined, unit: Unit): string {
  if (runs === undefined) return '';
  const sampled = runs.some((run) => run.p95 !== undefined);
  const figures = runs.map((run) => formatValue(run.value, unit).replace(` ${unit}`, '')).join(' / ');
  return `${sampled ? 'p95 per run' : 'per run'}: ${figures}`;
}

const HEADER = ['size', 'measure', 'p50', 'p95 / value', 'budget', 'status', 'details'];

export function formatTable(measurements: readonly JudgedMeasurement[]): string {
  const rows = measurements.map((m) => [
    m.size === null ? '-' : `${m.size.toLocaleString('en-US')} ${m.corpus ?? 'synthetic'}`,
    m.label,
    m.p50 === undefined ? '' : formatValue(m.p50, m.unit),
    formatValue(m.value, m.unit),
    formatBudget(m.verdict, m.unit),
    formatStatus(m.verdict),
    [formatRuns(m.runs, m.unit), m.note ?? ''].filter((part) => part !== '').join('; '),
  ]);
  const widths = HEADER.map((title, column) =>
    column === HEADER.length - 1 ? 0 : Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 2 || column === 3 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(HEADER), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** One line per missed budget, worst overshoot first; "(ref)" marks engine-only references. */
export function formatMisses(measurements: readonly JudgedMeasurement[]): string[] {
  return measurements
    .filter((m) => m.verdict.status === 'fail' && m.verdict.limit !== null)
    .map((m) => ({ m, overshoot: overshoot(m.value, m.verdict) }))
    .sort((a, b) => b.overshoot - a.overshoot)
    .map(
      ({ m, overshoot: factor }) =>
        `${m.verdict.reference ? '(ref) ' : ''}${m.size ?? '-'} ${m.corpus ?? ''}: ${m.label} ${formatValue(m.value, m.unit)} vs ${formatBudget(m.verdict, m.unit)} (x${factor.toFixed(1)})`,
    );
}

function overshoot(value: number, { limit, direction }: Verdict): number {
  if (limit === null || limit === 0 || value === 0) return Infinity;
  return direction === 'atLeast' ? limit / value : value / limit;
}

/** The stored results with every (measure, size, corpus) measured now replaced, the others kept. */
export function mergeResults(previous: Results | null, next: Results): Results {
  const key = (m: Measurement) => `${m.measure}@${m.size ?? '-'}@${m.corpus ?? 'synthetic'}`;
  const replaced = new Set(next.measurements.map(key));
  const kept = (previous?.measurements ?? []).filter((m) => !replaced.has(key(m)));
  const measurements = [...kept, ...next.measurements].sort(
    (a, b) =>
      GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) ||
      (a.size ?? 0) - (b.size ?? 0) ||
      (a.corpus ?? 'synthetic').localeCompare(b.corpus ?? 'synthetic'),
  );
  const environments = { ...previous?.environments, ...next.environments };
  const used = new Set(measurements.map((m) => m.measuredAt));
  return {
    environments: Object.fromEntries(
      Object.entries(environments).filter(([measuredAt]) => used.has(measuredAt)),
    ),
    measurements,
  };
}

export function readResults(file: string): Results | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Results;
  } catch {
    return null;
  }
}

export function writeResults(file: string, results: Results): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
