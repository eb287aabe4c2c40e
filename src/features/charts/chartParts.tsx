import { useId, useState, type ReactNode } from 'react';
import type { LabelProps } from 'recharts';
import { formatCount } from '../../core/format/formatCount';

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
 * Ticks of a category axis drawn as plain <text>, cut to `maxChars`: Recharts' own tick text
 * measures every new label in the page to wrap it.
 */
export const categoryTick = sameForSameArguments((fontSize: number, maxChars: number) => {
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
        {label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label}
      </text>
    );
  }
  return CategoryTick;
});

/** A horizontal axis with its label under the ticks, tall enough for both at any font size. */
export const xAxisStyle = sameForSameArguments((label: string, fontSize: number) => {
  const axisLabelProps: LabelProps = {
    value: label,
    position: 'insideBottom',
    offset: 0,
    fill: 'var(--muted)',
    fontSize,
  };
  return { ...axisStyle(fontSize), height: Math.round(fontSize * 2.9), label: axisLabelProps };
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
 */
export const barEndLabel = sameForSameArguments((fontSize: number) => {
  function BarEndLabel({ x, y, width, height, value }: LabelProps) {
    const left = Number(x);
    const right = left + Number(width);
    const growsLeft = right < left;
    return (
      <text
        x={growsLeft ? right - 6 : right + 6}
        y={Number(y) + Number(height) / 2}
        dy="0.35em"
        textAnchor={growsLeft ? 'end' : 'start'}
        fontSize={fontSize}
        fill="var(--fg)"
      >
        {value}
      </text>
    );
  }
  return BarEndLabel;
});
