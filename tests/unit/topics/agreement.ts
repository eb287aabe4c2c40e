/** Adjusted Rand index of two labellings of the same items (1: the same partition, ~0: chance). */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  a.forEach((label, i) => {
    const key = `${label}\u0000${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(label, (rows.get(label) ?? 0) + 1);
    columns.set(b[i]!, (columns.get(b[i]!) ?? 0) + 1);
  });
  let index = 0;
  for (const count of table.values()) index += pairs(count);
  let rowPairs = 0;
  for (const count of rows.values()) rowPairs += pairs(count);
  let columnPairs = 0;
  for (const count of columns.values()) columnPairs += pairs(count);
  const expected = (rowPairs * columnPairs) / pairs(a.length);
  const max = (rowPairs + columnPairs) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/**
 * The share of items whose primary topic is the same before and after, each topic before matched
 * to the topic after that holds most of its items (ids may change when a topic's terms do).
 */
export function samePrimaryShare(before: readonly string[], after: readonly string[]): number {
  const overlap = new Map<string, Map<string, number>>();
  before.forEach((topic, i) => {
    let counts = overlap.get(topic);
    if (counts === undefined) overlap.set(topic, (counts = new Map()));
    counts.set(after[i]!, (counts.get(after[i]!) ?? 0) + 1);
  });
  let kept = 0;
  for (const counts of overlap.values()) kept += Math.max(...counts.values());
  return kept / before.length;
}
