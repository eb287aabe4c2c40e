import type { LabelFold } from '../../core/labels/labelFold';
import type { FacetCount } from '../../core/query/types';

/**
 * The values to list: selected values that no brief carries under the other filters first (count
 * 0), then the values as counted (by count, then label), narrowed by `query` (matching a group's
 * key or any of its spellings: `AI` finds `artificial intelligence`, `cybersec` finds `cyber security`). The order does not
 * depend on the selection, so a checkbox stays in place when it is ticked. Returns `counts` itself
 * when there is nothing to add or narrow: a facet can hold thousands of values.
 */
export function facetValues(
  counts: readonly FacetCount[],
  selected: readonly string[],
  query: string,
  fold: LabelFold,
): readonly FacetCount[] {
  const uncounted: FacetCount[] = [];
  for (const label of selected) {
    const key = fold.keyOf(label);
    if (!counts.some((count) => count.key === key))
      uncounted.push({ key, label, count: 0, spellings: [label] });
  }
  const all = uncounted.length === 0 ? counts : [...uncounted, ...counts];
  const typed = query.trim().replace(/\s+/g, ' ').toLowerCase();
  if (typed === '') return all;
  const folded = fold.keyOf(query);
  return all.filter(
    (value) =>
      value.key.includes(folded) ||
      value.spellings.some((spelling) => spelling.toLowerCase().includes(typed)),
  );
}

/** The first `limit` values, plus any selected value further down. */
export function shownValues(
  values: readonly FacetCount[],
  selectedKeys: ReadonlySet<string>,
  limit: number,
): readonly FacetCount[] {
  if (selectedKeys.size === 0) return values.slice(0, limit);
  return values.filter((value, position) => position < limit || selectedKeys.has(value.key));
}

/** How many values to show after "Show more": 10, 50, 250, then 250 more each time. */
export function nextLimit(limit: number): number {
  return limit < 50 ? 50 : limit < 250 ? 250 : limit + 250;
}

export const INITIAL_LIMIT = 10;
