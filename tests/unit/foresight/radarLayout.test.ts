import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  circleHitsBox,
  estimateTextWidth,
  layoutRadar,
  type BlipInput,
  type RadarLayout,
  type RadarLayoutOptions,
} from '../../../src/core/foresight/radarLayout';
import { STAGES } from '../../../src/core/foresight/stages';

function options(width: number, height: number, segments: string[]): RadarLayoutOptions {
  return {
    width,
    height,
    segments,
    measure: estimateTextWidth,
    fontSize: 12,
    minBlipRadius: 4,
    maxBlipRadius: 14,
  };
}

/** Every overlap between drawn things of a layout, and everything drawn outside its area. */
function problems(layout: RadarLayout, width: number, height: number): string[] {
  const found: string[] = [];
  const texts = [
    ...layout.segmentLabels.map((label) => ({ name: `segment ${label.text}`, box: label.box })),
    ...layout.ringLabels.map((label) => ({ name: `ring ${label.text}`, box: label.box })),
    ...layout.blips.map((blip) => ({ name: `label ${blip.key}`, box: blip.labelBox })),
  ];
  const inside = (box: { x: number; y: number; width: number; height: number }) =>
    box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 1e-9 && box.y + box.height <= height + 1e-9;
  for (const [i, a] of texts.entries()) {
    if (!inside(a.box)) found.push(`${a.name} outside`);
    for (const b of texts.slice(i + 1)) if (boxesOverlap(a.box, b.box)) found.push(`${a.name} ~ ${b.name}`);
  }
  for (const [i, blip] of layout.blips.entries()) {
    if (!inside({ x: blip.x - blip.r, y: blip.y - blip.r, width: 2 * blip.r, height: 2 * blip.r }))
      found.push(`blip ${blip.key} outside`);
    for (const other of layout.blips.slice(i + 1)) {
      if (Math.hypot(blip.x - other.x, blip.y - other.y) < blip.r + other.r)
        found.push(`blip ${blip.key} ~ blip ${other.key}`);
    }
    for (const text of texts)
      if (circleHitsBox(blip.x, blip.y, blip.r, text.box)) found.push(`blip ${blip.key} ~ ${text.name}`);
  }
  return found;
}

/** The stage ring and segment a placed blip's centre lies in. */
function cellOf(layout: RadarLayout, x: number, y: number): { ring: number; segment: number } {
  const distance = Math.hypot(x - layout.cx, y - layout.cy);
  let angle = Math.atan2(x - layout.cx, layout.cy - y);
  if (angle < 0) angle += 2 * Math.PI;
  const ring = layout.ringRadii.findIndex((radius) => distance <= radius);
  const segment = layout.segmentAngles.findLastIndex((start) => angle >= start);
  return { ring, segment };
}

const blipArbitrary = (segments: number) =>
  fc.record({
    label: fc.string({ minLength: 1, maxLength: 28 }),
    segment: fc.integer({ min: 0, max: segments - 1 }),
    stage: fc.constantFrom(...STAGES),
    size: fc.integer({ min: 1, max: 60 }),
  });

describe('layoutRadar', () => {
  it('never overlaps, never leaves its area, keeps each blip in its cell, over many generated datasets', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((segments) =>
            fc.tuple(
              fc.constant(segments),
              fc.array(blipArbitrary(segments), { maxLength: 60 }),
              fc.constantFrom([1280, 720], [1366, 768], [800, 600], [480, 480]),
            ),
          ),
        ([segments, raw, [width, height]]) => {
          const blips: BlipInput[] = raw.map((blip, i) => ({ ...blip, key: `k${i}` }));
          const names = Array.from({ length: segments }, (_, i) => `Segment number ${i + 1}`);
          const layout = layoutRadar(blips, options(width!, height!, names));
          expect(problems(layout, width!, height!)).toEqual([]);
          expect(layout.blips.length + layout.unplaced.length).toBe(blips.length);
          for (const placed of layout.blips) {
            const input = blips.find((blip) => blip.key === placed.key)!;
            expect(cellOf(layout, placed.x, placed.y)).toEqual({
              ring: STAGES.indexOf(input.stage),
              segment: input.segment,
            });
          }
        },
      ),
      { numRuns: 120, seed: 20261204 },
    );
  });

  it('gives the same layout for the same data', () => {
    const blips: BlipInput[] = Array.from({ length: 30 }, (_, i) => ({
      key: `k${i}`,
      label: `Label ${i}`,
      segment: i % 5,
      stage: STAGES[i % 4]!,
      size: ((i * 7) % 13) + 1,
    }));
    const names = ['A', 'B', 'C', 'D', 'E'];
    expect(layoutRadar(blips, options(1000, 700, names))).toEqual(
      layoutRadar([...blips].reverse(), options(1000, 700, names)),
    );
  });

  it('places a handful of blips in a roomy radar, larger blips for more briefs', () => {
    const layout = layoutRadar(
      [
        { key: 'a', label: 'AI regulation', segment: 0, stage: 'growing', size: 20 },
        { key: 'b', label: 'Heat pumps', segment: 1, stage: 'emerging', size: 2 },
      ],
      options(900, 700, ['Policy', 'Energy']),
    );
    expect(layout.unplaced).toEqual([]);
    const [big, small] = layout.blips;
    expect(big!.key).toBe('a');
    expect(big!.r).toBeGreaterThan(small!.r);
  });
});
