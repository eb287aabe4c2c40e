import type { Measurement } from './measurement';

/** The corpus sizes the budgets are written for: a corpus up to the first gets the first limit, up to the second the second. */
export const BUDGET_SIZES = [3000, 30000] as const;

export interface Budget {
  measure: string;
  /** One limit for every size, or one per BUDGET_SIZES tier (same unit as the measure). */
  limit: number | readonly [number, number];
  direction: 'atMost' | 'atLeast';
  /**
   * Node-only measures judged against the same limit for information: the engine's share of an
   * interaction must fit the whole interaction's budget, but passing says nothing about the page.
   */
  references?: readonly string[];
}

export const BUDGETS: readonly Budget[] = [
  { measure: 'browser.firstRows', limit: [1000, 4000], direction: 'atMost' },
  { measure: 'browser.firstSearch', limit: [100, 300], direction: 'atMost' },
  { measure: 'browser.themeRows', limit: [100, 250], direction: 'atMost' },
  { measure: 'browser.theme', limit: [50, 200], direction: 'atMost', references: ['engine.theme'] },
  {
    measure: 'browser.search',
    limit: [50, 200],
    direction: 'atMost',
    references: ['engine.search', 'engine.searchCold'],
  },
  {
    measure: 'browser.sort',
    limit: [100, 300],
    direction: 'atMost',
    references: [
      'engine.sortRelevancy',
      'engine.sortName',
      'engine.sortRelevancyCold',
      'engine.sortNameCold',
    ],
  },
  { measure: 'browser.longestTask', limit: [50, 100], direction: 'atMost' },
  { measure: 'browser.heap', limit: [150, 1200], direction: 'atMost' },
  { measure: 'browser.csv', limit: [1000, 8000], direction: 'atMost', references: ['engine.csv'] },
  { measure: 'ingest.throughput', limit: 25, direction: 'atLeast' },
  { measure: 'bundle.initialJs', limit: 250, direction: 'atMost' },
];

export type Status = 'pass' | 'fail' | 'none';

export interface Verdict {
  limit: number | null;
  direction: Budget['direction'] | null;
  status: Status;
  /** True when the limit belongs to another measure (see Budget.references). */
  reference: boolean;
}

const NO_BUDGET: Verdict = { limit: null, direction: null, status: 'none', reference: false };

/** The limit at a corpus size: null above the largest budget size. */
export function limitAt(budget: Budget, size: number | null): number | null {
  if (typeof budget.limit === 'number') return budget.limit;
  if (size === null) return null;
  const tier = BUDGET_SIZES.findIndex((budgetSize) => size <= budgetSize);
  return tier < 0 ? null : budget.limit[tier]!;
}

export function evaluate(
  measurement: Pick<Measurement, 'measure' | 'size' | 'value'>,
  budgets: readonly Budget[] = BUDGETS,
): Verdict {
  const own = budgets.find((budget) => budget.measure === measurement.measure);
  const budget = own ?? budgets.find((candidate) => candidate.references?.includes(measurement.measure));
  if (budget === undefined) return NO_BUDGET;
  const limit = limitAt(budget, measurement.size);
  if (limit === null) return NO_BUDGET;
  const within = budget.direction === 'atMost' ? measurement.value <= limit : measurement.value >= limit;
  return {
    limit,
    direction: budget.direction,
    status: within ? 'pass' : 'fail',
    reference: own === undefined,
  };
}
