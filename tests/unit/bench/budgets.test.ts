import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluate, limitAt, type Budget } from '../../../bench/budgets';

const tiered: Budget = {
  measure: 'browser.theme',
  limit: [50, 200],
  direction: 'atMost',
  references: ['engine.theme'],
};
const flat: Budget = { measure: 'ingest.throughput', limit: 25, direction: 'atLeast' };

describe('limitAt', () => {
  it.each([
    [1, 50],
    [3000, 50],
    [3001, 200],
    [30000, 200],
    [30001, null],
    [null, null],
  ])('a tiered budget at %s briefs is %s', (size, expected) => {
    expect(limitAt(tiered, size)).toBe(expected);
  });

  it('gives a flat limit at any size', () => {
    expect(limitAt(flat, 100000)).toBe(25);
    expect(limitAt(flat, null)).toBe(25);
  });
});

describe('evaluate', () => {
  const budgets = [tiered, flat];

  it.each([
    ['browser.theme', 3000, 50, 'pass'],
    ['browser.theme', 3000, 50.1, 'fail'],
    ['browser.theme', 30000, 150, 'pass'],
    ['browser.theme', 30000, 201, 'fail'],
    ['ingest.throughput', 3000, 25, 'pass'],
    ['ingest.throughput', 30000, 24.9, 'fail'],
  ] as const)('%s at %d briefs with %d', (measure, size, value, status) => {
    expect(evaluate({ measure, size, value }, budgets)).toEqual({
      limit: limitAt(
        budgets.find((budget) => budget.measure === measure)!,
        size,
      ),
      direction: measure === 'ingest.throughput' ? 'atLeast' : 'atMost',
      status,
      reference: false,
    });
  });

  it('judges a reference measure against the budget that names it, marked as a reference', () => {
    expect(evaluate({ measure: 'engine.theme', size: 3000, value: 80 }, budgets)).toEqual({
      limit: 50,
      direction: 'atMost',
      status: 'fail',
      reference: true,
    });
  });

  it('has no verdict for a measure without a budget, or beyond the largest budget size', () => {
    expect(evaluate({ measure: 'engine.buildIndex', size: 3000, value: 1 }, budgets).status).toBe('none');
    expect(evaluate({ measure: 'browser.theme', size: 100000, value: 1 }, budgets).status).toBe('none');
  });

  it('names each measure at most once across the project budgets', () => {
    const named = BUDGETS.flatMap((budget) => [budget.measure, ...(budget.references ?? [])]);
    expect(new Set(named).size).toBe(named.length);
  });
});
