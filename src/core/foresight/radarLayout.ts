import { STAGES, type Stage } from './stages';

/** A label to draw on the radar: one blip per value, in the cell of its segment and stage. */
export interface BlipInput {
  key: string;
  label: string;
  /** Index into the segments. */
  segment: number;
  stage: Stage;
  /** Briefs behind the blip; its area grows with it. */
  size: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedBlip {
  key: string;
  x: number;
  y: number;
  r: number;
  /** The name's box, beside the blip; text drawn from its left edge (start) or right edge (end). */
  labelBox: Box;
  anchor: 'start' | 'end';
}

export interface PlacedText {
  text: string;
  box: Box;
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarLayout {
  cx: number;
  cy: number;
  /** Outer radius of each ring, inner ring (STAGES[0]) first. */
  ringRadii: number[];
  /** Start angle of each segment, radians, clockwise from 12 o'clock; the segment ends where the next starts. */
  segmentAngles: number[];
  ringLabels: PlacedText[];
  segmentLabels: PlacedText[];
  blips: PlacedBlip[];
  /** Keys of the blips that found no free place, largest first. */
  unplaced: string[];
}

export interface RadarLayoutOptions {
  width: number;
  height: number;
  segments: string[];
  /** Width of `text` at `fontSize` px; the browser passes a canvas measure, tests an estimate. Titles are bold. */
  measure: (text: string, fontSize: number, bold?: boolean) => number;
  fontSize: number;
  minBlipRadius: number;
  maxBlipRadius: number;
}

/** Ring boundaries as fractions of the radius: the inner rings wider than an even split, so small cells hold blips. */
const RING_FRACTIONS = [0.34, 0.58, 0.8, 1];
const GAP = 2;

/** A width estimate for tests and for a place with no canvas: average glyph width of a sans-serif face. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.62 : 0.56);
}

function pointAt(cx: number, cy: number, radius: number, angle: number): { x: number; y: number } {
  return { x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function circleHitsBox(x: number, y: number, r: number, box: Box): boolean {
  const nearestX = Math.max(box.x, Math.min(x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(y, box.y + box.height));
  return (x - nearestX) ** 2 + (y - nearestY) ** 2 < r * r;
}

function insideArea(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

/**
 * Lays out a radar: rings by stage, segments by the given names, one blip per input in its cell,
 * each with its name beside it. No two blips, names, ring or segment titles overlap and everything
 * stays inside width x height; a blip that finds no free place is listed in `unplaced`. The same
 * input always gives the same layout: blips are placed largest first (then by label), each at the
 * first free candidate of a fixed sweep from the middle of its cell outwards.
 */
export function layoutRadar(blips: readonly BlipInput[], options: RadarLayoutOptions): RadarLayout {
  const { width, height, segments, measure, fontSize } = options;
  const lineHeight = Math.ceil(fontSize * 1.25);
  const segmentCount = Math.max(segments.length, 1);
  const segmentAngles = Array.from({ length: segmentCount }, (_, i) => (i * 2 * Math.PI) / segmentCount);
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(0, Math.min(width / 2, height / 2) - lineHeight * 2 - GAP);
  const ringRadii = RING_FRACTIONS.map((fraction) => fraction * radius);

  const taken: Box[] = [];
  const circles: { x: number; y: number; r: number }[] = [];

  const segmentLabels = segments.map((text, i): PlacedText => {
    const middle = segmentAngles[i]! + Math.PI / segmentCount;
    const point = pointAt(cx, cy, radius + GAP + lineHeight * 0.6, middle);
    const textWidth = Math.min(measure(text, fontSize, true), width);
    const sin = Math.sin(middle);
    const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
    const left =
      anchor === 'middle' ? point.x - textWidth / 2 : anchor === 'start' ? point.x : point.x - textWidth;
    const top =
      Math.cos(middle) > 0.2
        ? point.y - lineHeight
        : Math.cos(middle) < -0.2
          ? point.y
          : point.y - lineHeight / 2;
    const box = clampBox({ x: left, y: top, width: textWidth, height: lineHeight }, width, height);
    taken.push(box);
    return { text, box, anchor };
  });

  const ringLabels = STAGES.map((stage, ring): PlacedText => {
    const inner = ring === 0 ? 0 : ringRadii[ring - 1]!;
    const text = stage[0]!.toUpperCase() + stage.slice(1);
    const textWidth = measure(text, fontSize * 0.85, true);
    const box = {
      x: cx - textWidth / 2,
      y: cy - (inner + ringRadii[ring]!) / 2 - lineHeight / 2,
      width: textWidth,
      height: lineHeight,
    };
    taken.push(box);
    return { text, box, anchor: 'middle' };
  });

  const largest = Math.max(1, ...blips.map((blip) => blip.size));
  const order = [...blips].sort(
    (a, b) => b.size - a.size || a.label.localeCompare(b.label) || a.key.localeCompare(b.key),
  );
  const placed: PlacedBlip[] = [];
  const unplaced: string[] = [];
  for (const blip of order) {
    const r =
      options.minBlipRadius +
      (options.maxBlipRadius - options.minBlipRadius) * Math.sqrt(blip.size / largest);
    const ring = STAGES.indexOf(blip.stage);
    const spot = findSpot(r, {
      cx,
      cy,
      inner: ring === 0 ? 0 : ringRadii[ring - 1]!,
      outer: ringRadii[ring]!,
      start: segmentAngles[blip.segment] ?? 0,
      end: segmentAngles[blip.segment + 1] ?? 2 * Math.PI,
      labelWidth: measure(blip.label, fontSize),
      lineHeight,
      width,
      height,
      taken,
      circles,
    });
    if (spot === null) {
      unplaced.push(blip.key);
      continue;
    }
    taken.push(spot.labelBox);
    circles.push({ x: spot.x, y: spot.y, r });
    placed.push({ key: blip.key, ...spot, r });
  }
  return { cx, cy, ringRadii, segmentAngles, ringLabels, segmentLabels, blips: placed, unplaced };
}

function clampBox(box: Box, width: number, height: number): Box {
  return {
    ...box,
    x: Math.max(0, Math.min(box.x, width - box.width)),
    y: Math.max(0, Math.min(box.y, height - box.height)),
  };
}

interface Cell {
  cx: number;
  cy: number;
  inner: number;
  outer: number;
  start: number;
  end: number;
  labelWidth: number;
  lineHeight: number;
  width: number;
  height: number;
  taken: Box[];
  circles: { x: number; y: number; r: number }[];
}

const RADIAL_STEPS = 9;
const ANGULAR_STEPS = 15;

/** The sweep over a cell's (radius, angle) grid, as fractions of its extent: from the middle outwards. */
const SWEEP: readonly { t: number; u: number }[] = Array.from(
  { length: RADIAL_STEPS * ANGULAR_STEPS },
  (_, k) => ({
    t: Math.floor(k / ANGULAR_STEPS) / (RADIAL_STEPS - 1),
    u: (k % ANGULAR_STEPS) / (ANGULAR_STEPS - 1),
  }),
).sort(
  (a, b) =>
    (a.t - 0.5) ** 2 + (a.u - 0.5) ** 2 - ((b.t - 0.5) ** 2 + (b.u - 0.5) ** 2) || a.t - b.t || a.u - b.u,
);

/** Candidate centres of a cell, in the order of SWEEP. */
function candidates(cell: Cell, r: number): { x: number; y: number }[] {
  const low = cell.inner + r + GAP;
  const high = cell.outer - r - GAP;
  if (high < low) return [];
  return SWEEP.map(({ t, u }) =>
    pointAt(cell.cx, cell.cy, low + (high - low) * t, cell.start + (cell.end - cell.start) * u),
  );
}

/** Distance from a point to the ray from the centre at `angle` (as drawn: clockwise from 12 o'clock). */
function distanceToRay(cell: Cell, x: number, y: number, angle: number): number {
  const dx = Math.sin(angle);
  const dy = -Math.cos(angle);
  const px = x - cell.cx;
  const py = y - cell.cy;
  const along = px * dx + py * dy;
  if (along <= 0) return Math.hypot(px, py);
  return Math.abs(px * dy - py * dx);
}

function findSpot(
  r: number,
  cell: Cell,
): { x: number; y: number; labelBox: Box; anchor: 'start' | 'end' } | null {
  const labelWidth = Math.min(cell.labelWidth, cell.width);
  for (const { x, y } of candidates(cell, r)) {
    if (distanceToRay(cell, x, y, cell.start) < r + GAP || distanceToRay(cell, x, y, cell.end) < r + GAP)
      continue;
    const circleBox = { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
    if (!insideArea(circleBox, cell.width, cell.height)) continue;
    if (cell.circles.some((c) => Math.hypot(c.x - x, c.y - y) < c.r + r + GAP)) continue;
    if (cell.taken.some((box) => circleHitsBox(x, y, r + GAP, box))) continue;
    const preferRight = x >= cell.cx;
    for (const anchor of preferRight ? (['start', 'end'] as const) : (['end', 'start'] as const)) {
      const labelBox: Box = {
        x: anchor === 'start' ? x + r + GAP : x - r - GAP - labelWidth,
        y: y - cell.lineHeight / 2,
        width: labelWidth,
        height: cell.lineHeight,
      };
      if (!insideArea(labelBox, cell.width, cell.height)) continue;
      if (cell.taken.some((box) => boxesOverlap(box, labelBox))) continue;
      if (cell.circles.some((c) => circleHitsBox(c.x, c.y, c.r + GAP, labelBox))) continue;
      return { x, y, labelBox, anchor };
    }
  }
  return null;
}
