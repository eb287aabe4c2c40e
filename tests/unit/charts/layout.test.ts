import { describe, expect, it } from 'vitest';
import { legendLayout } from '../../../src/core/charts/legendLayout';
import { spreadLabels } from '../../../src/core/charts/spreadLabels';

describe('legendLayout', () => {
  it('flows items on one line when they fit', () => {
    const { items, height } = legendLayout(['Kind:', 'A', 'B'], 1000, 10);
    expect(items.map((item) => item.y)).toEqual([0, 0, 0]);
    expect(items[0]!.x).toBe(0);
    expect(items[1]!.x).toBeGreaterThan(items[0]!.x);
    expect(items[2]!.x).toBeGreaterThan(items[1]!.x);
    expect(height).toBe(16);
  });

  it('wraps at the width, and never leaves a line empty', () => {
    const labels = ['a long label here', 'another long label', 'and a third one'];
    const { items, height } = legendLayout(labels, 150, 12);
    expect(items.map((item) => item.x)).toEqual([0, 0, 0]);
    expect(items.map((item) => item.y)).toEqual([0, 19.200000000000003, 38.400000000000006]);
    expect(height).toBeCloseTo(57.6, 6);
  });

  it('scales with the font size', () => {
    const small = legendLayout(['x', 'y'], 1000, 10);
    const large = legendLayout(['x', 'y'], 1000, 20);
    expect(large.items[1]!.x).toBeCloseTo(2 * small.items[1]!.x, 10);
  });

  it('takes no room without items', () => {
    expect(legendLayout([], 100, 12)).toEqual({ items: [], height: 0 });
  });
});

describe('spreadLabels', () => {
  it('keeps labels that are apart where they are', () => {
    expect(spreadLabels([10, 50, 30], 12, 0, 100)).toEqual([10, 50, 30]);
  });

  it('pushes close labels apart, keeping their order', () => {
    expect(spreadLabels([40, 40, 45], 12, 0, 100)).toEqual([40, 52, 64]);
  });

  it('pushes them back up from the bottom edge', () => {
    expect(spreadLabels([98, 99, 100], 10, 0, 100)).toEqual([80, 90, 100]);
  });

  it('keeps equal positions in the order given', () => {
    expect(spreadLabels([50, 50], 10, 0, 100)).toEqual([50, 60]);
  });

  it('never lets neighbours come closer than the gap when there is room', () => {
    const positions = [5, 7, 9, 60, 61, 95, 96, 97];
    const spread = spreadLabels(positions, 10, 0, 100).sort((a, b) => a - b);
    for (let i = 1; i < spread.length; i++)
      expect(spread[i]! - spread[i - 1]!).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(Math.min(...spread)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...spread)).toBeLessThanOrEqual(100);
  });
});
