import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import type { LabelProps } from 'recharts';
import { barLabelPlace, fitLabel, rowsFontSize, rowsHeight } from '../../core/charts/chartLayout';
import { formatCount } from '../../core/format/formatCount';
import { textMeasure, widest } from './measureText';
import { chartFontSize } from './chartTypes';
import { useElementSize } from './useElementSize';

/**
 * The same object for the same arguments. Recharts stores axis and label settings and compares
 * them by identity: a fresh object on every render makes it store and recompute everything again.
 */
function sameForSameArguments<Args extends (string | number)[], Value>(
  make: (...args: Args) => Value,
): (...args: Args) => Value {
  const made = new Map<string, Value>();
  return (...args) => {
    const key = args.join('\u0000');
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}

/** Axis line, tick and label styling shared by the Recharts charts. */
export const axisStyle = sameForSameArguments((fontSize: number) => ({
  stroke: 'var(--border-strong)',
  tick: { fill: 'var(--fg)', fontSize },
  tickLine: { stroke: 'var(--border-strong)' },
}));

/**
 * Ticks of a category axis drawn as plain <text>, cut to `maxWidth` pixels (the whole label in its
 * <title>): Recharts' own tick text measures every new label in the page to wrap it.
 */
export const categoryTick = sameForSameArguments((fontSize: number, maxWidth: number) => {
  const measure = textMeasure(fontSize);
  function CategoryTick({
    x,
    y,
    payload,
  }: {
    x?: number | string;
    y?: number | string;
    payload?: { value?: unknown };
  }) {
    const label = String(payload?.value ?? '');
    return (
      <text x={Number(x) - 6} y={Number(y)} dy="0.35em" textAnchor="end" fontSize={fontSize} fill="var(--fg)">
        <title>{label}</title>
        {fitLabel(label, maxWidth, measure)}
      </text>
    );
  }
  return CategoryTick;
});

/** Room of a category axis left of the plot: its tick line and the labels, the widest cut to `maxWidth`. */
export function categoryAxisWidth(labels: readonly string[], fontSize: number, maxWidth: number): number {
  return Math.ceil(Math.min(maxWidth, widest(labels, textMeasure(fontSize)))) + 16;
}

/**
 * Room of a vertical number axis: its tick line, ticks up to `largest` (shown as `format` does) and,
 * when labelled, the label turned along it.
 */
export function numberAxisWidth(largest: string, fontSize: number, labelled: boolean): number {
  return Math.ceil(textMeasure(fontSize)(largest) + 12 + (labelled ? fontSize * 1.6 : 0));
}

/** A horizontal axis with its label under the ticks, tall enough for both at any font size. */
export const xAxisStyle = sameForSameArguments((label: string, fontSize: number) => {
  const axisLabelProps: LabelProps = {
    value: label,
    position: 'insideBottom',
    offset: 0,
    fill: 'var(--muted)',
    fontSize,
  };
  // The tick margin keeps the first label clear of the lowest tick of a vertical axis.
  return {
    ...axisStyle(fontSize),
    tickMargin: Math.round(fontSize * 0.4),
    height: Math.round(fontSize * 3.3),
    label: axisLabelProps,
  };
});

/** The label of a vertical axis, read upwards on the left, downwards on the right. */
export const axisLabel = sameForSameArguments(
  (value: string, fontSize: number, position: 'left' | 'right'): LabelProps => ({
    value,
    angle: position === 'left' ? -90 : 90,
    position: position === 'left' ? 'insideLeft' : 'insideRight',
    style: { textAnchor: 'middle' },
    fill: 'var(--muted)',
    fontSize,
  }),
);

/** The chart margins, the same object for the same sides. */
export const chartMargin = sameForSameArguments(
  (top: number, right: number, bottom: number, left: number) => ({
    top,
    right,
    bottom,
    left,
  }),
);

/** The hover band behind a category. */
export const HOVER_CURSOR = { fill: 'var(--hover)' };

export const GRID_STROKE = 'var(--border)';

export interface TooltipLine {
  label: string;
  value: string;
  /** A swatch before the label. */
  fill?: string;
}

/** The box of a chart tooltip: a heading and exact figures. */
export function TooltipBox({
  title,
  lines,
  note,
}: {
  title: string;
  lines: TooltipLine[];
  note?: ReactNode;
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <table>
        <tbody>
          {lines.map((line) => (
            <tr key={line.label}>
              <th scope="row">
                {line.fill !== undefined && (
                  <svg width="10" height="10" aria-hidden="true">
                    <rect width="10" height="10" fill={line.fill} />
                  </svg>
                )}
                {line.label}
              </th>
              <td>{line.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note !== undefined && <p className="chart-tooltip__note">{note}</p>}
    </div>
  );
}

export function countLine(label: string, count: number, fill?: string): TooltipLine {
  return fill === undefined
    ? { label, value: formatCount(count) }
    : { label, value: formatCount(count), fill };
}

/** A small set of mutually exclusive options, as native radio buttons. */
export function ChoiceGroup<Value extends string>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange(value: Value): void;
}) {
  const name = useId();
  return (
    <fieldset className="chart-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="chart-choice__option">
          <input
            type="radio"
            name={name}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A whole number within bounds; the chart follows as soon as the typed number is valid. */
export function NumberOption({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="chart-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft ?? String(value)}
        onChange={(event) => {
          const typed = event.target.value;
          const number = Number(typed);
          if (typed !== '' && Number.isInteger(number) && number >= min && number <= max) {
            setDraft(null);
            onChange(number);
          } else {
            setDraft(typed);
          }
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  );
}

/**
 * A LabelList `content` writing each value on one line past the end of its horizontal bar: right of
 * a bar growing right, left of one growing left (Recharts' own label wraps to the bar's width).
 * Where the label would reach past `room` pixels from the bar's base (a diverging chart's half), it
 * is written at the base instead, on the other side of zero.
 */
export const barEndLabel = sameForSameArguments((fontSize: number, room: number) => {
  const measure = textMeasure(fontSize);
  function BarEndLabel({ x, y, width, height, value }: LabelProps) {
    const base = Number(x);
    const length = Number(width);
    const growsLeft = length < 0;
    const atEnd = barLabelPlace(length, measure(String(value)), room, LABEL_GAP) === 'end';
    const anchorX = atEnd ? base + length : base;
    const towardsLeft = atEnd === growsLeft;
    return (
      <text
        x={towardsLeft ? anchorX - LABEL_GAP : anchorX + LABEL_GAP}
        y={Number(y) + Number(height) / 2}
        dy="0.35em"
        textAnchor={towardsLeft ? 'end' : 'start'}
        fontSize={fontSize}
        fill="var(--fg)"
      >
        {value}
      </text>
    );
  }
  return BarEndLabel;
});

/** Between a bar and its value label. */
const LABEL_GAP = 6;

/** Height of a horizontal bar chart's number axis and margins, besides its rows. */
const ROWS_AXIS = 70;
/** Rows of a bar chart in full screen are not drawn smaller than this, however many there are. */
const SMALLEST_ROWS_FONT = 11;

/**
 * The size of a horizontal bar chart with `rows` rows: on screen its drawing is as high as the rows
 * need; in full screen it takes the height left over (at most what the rows need at full size) and
 * its text shrinks until the rows fit. Pass the first item as the drawing's ref and `style` to the same element.
 */
export function useRowsLayout(rows: number, presenting: boolean) {
  const [box, size] = useElementSize<HTMLDivElement>();
  const largest = chartFontSize(presenting);
  const fontSize =
    presenting && size.height > 0
      ? rowsFontSize(rows, size.height, ROWS_AXIS, largest, SMALLEST_ROWS_FONT)
      : largest;
  const style = { '--rows-height': `${rowsHeight(rows, largest, ROWS_AXIS)}px` } as CSSProperties;
  return [box, { style, fontSize, width: size.width }] as const;
}
