/**
 * Moves label centres apart so that neighbours are at least `gap` apart, keeping their order and,
 * where the room allows, staying within [low, high]: a push downwards from the top, then back up
 * from the bottom. Positions are returned in the order given.
 */
export function spreadLabels(positions: readonly number[], gap: number, low: number, high: number): number[] {
  const order = positions.map((_, slot) => slot).sort((a, b) => positions[a]! - positions[b]! || a - b);
  const placed = order.map((slot) => positions[slot]!);
  for (let i = 0; i < placed.length; i++) {
    placed[i] = Math.max(placed[i]!, i === 0 ? low : placed[i - 1]! + gap);
  }
  for (let i = placed.length - 1; i >= 0; i--) {
    placed[i] = Math.min(placed[i]!, i === placed.length - 1 ? high : placed[i + 1]! - gap);
  }
  const spread = new Array<number>(positions.length);
  order.forEach((slot, rank) => (spread[slot] = placed[rank]!));
  return spread;
}
