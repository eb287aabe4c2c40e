import { useMemo, useState, type KeyboardEvent } from 'react';
import { formatLift, heatCells, liftIntensity, type HeatCell } from '../../core/charts/chartData';
import { fitLabel, gridLayout } from '../../core/charts/chartLayout';
import { CHART_LIMITS } from '../../core/charts/chartSettings';
import { coOccurrence } from '../../core/query/aggregateValues';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { ChartMessage } from './ChartMessage';
import { ChoiceGroup, NumberOption, TooltipBox } from './chartParts';
import { chartFontSize, type ChartProps } from './chartTypes';
import { textMeasure, widest } from './measureText';
import { useElementSize } from './useElementSize';

const MEASURES = [
  { value: 'count', label: 'Briefs together' },
  { value: 'lift', label: 'Lift' },
] as const;
/** Shade of the faintest non-empty cell, so that a pair seen once still shows. */
const MIN_OPACITY = 0.12;
/** Above this shade, a cell's text switches to the colour made to read on the full hue. */
const STRONG = 0.55;
const LIFT_STEPS = [
  { lift: 0.25, label: '¼× (less often)' },
  { lift: 0.5, label: '½×' },
  { lift: 1, label: '1× (as by chance)' },
  { lift: 2, label: '2×' },
  { lift: 4, label: '4× (more often)' },
];

/** The fill opacity of a shade 0..1: nothing at 0, at least MIN_OPACITY above it. */
function opacityOf(intensity: number): number {
  return intensity === 0 ? 0 : MIN_OPACITY + (1 - MIN_OPACITY) * intensity;
}

/**
 * How often the leading themes appear together, as a grid of cells (drawn here: Recharts has no
 * heatmap). Clicking a cell filters to briefs carrying both themes; arrow keys and Enter do too.
 */
export function CoOccurrenceChart({ index, result, filters, settings, presenting, onMark }: ChartProps) {
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const setFilters = useAppStore((state) => state.setFilters);
  const { coOccurrenceSize: size, coOccurrenceMeasure: measure } = settings;
  const data = useMemo(() => coOccurrence(index, result, size), [index, result, size]);
  const { cells, maxPair } = useMemo(() => heatCells(data, measure), [data, measure]);
  const [box, area] = useElementSize<HTMLDivElement>();
  const [active, setActive] = useState<{ row: number; column: number } | null>(null);
  const fontSize = chartFontSize(presenting);

  const themes = data.themes;
  const count = themes.length;
  // On screen the grid grows downwards as it needs; in full screen it fits the height left to it.
  const layout = gridLayout({
    count,
    widestLabel: widest(
      themes.map((theme) => theme.label),
      textMeasure(fontSize),
    ),
    fontSize,
    smallestFont: 11,
    width: area.width,
    height: presenting ? area.height : Infinity,
    maxCell: presenting ? 72 : 60,
  });
  const { labelWidth, headHeight, cellSize } = layout;
  const labelFont = layout.fontSize;
  const names = themes.map((theme) => fitLabel(theme.label, layout.labelRoom, textMeasure(labelFont)));
  const cellFont = Math.min(labelFont, cellSize * 0.34);

  function select(row: number, column: number) {
    const pair = row === column ? [themes[row]!] : [themes[row]!, themes[column]!];
    const labels = pair.map((theme) => theme.label);
    onMark({
      title: pair.length === 1 ? `Theme “${labels[0]}”` : `Themes “${labels[0]}” and “${labels[1]}”`,
      selection: { values: { facet: 'themes', labels } },
    });
    const added = pair
      .filter((theme) => !filters.themes.some((selected) => index.fold.keyOf(selected) === theme.key))
      .map((theme) => theme.label);
    setFilters({ themes: [...filters.themes, ...added], themesAll: true });
  }

  function onKeyDown(event: KeyboardEvent) {
    const current = active ?? { row: 0, column: 0 };
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      const clamp = (value: number) => Math.min(count - 1, Math.max(0, value));
      setActive({ row: clamp(current.row + move[0]), column: clamp(current.column + move[1]) });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(current.row, current.column);
    }
  }

  const activeCell = active === null ? undefined : cells[active.row * count + active.column];
  const legend: LegendItem[] =
    measure === 'count'
      ? [...new Set([0.25, 0.5, 0.75, 1].map((share) => Math.max(1, Math.round(maxPair * share))))].map(
          (pairs) => ({
            label: `${formatCount(pairs)} ${pairs === 1 ? 'brief' : 'briefs'}`,
            fill: 'var(--chart-heat-more)',
            fillOpacity: opacityOf(pairs / Math.max(maxPair, 1)),
          }),
        )
      : LIFT_STEPS.map(({ lift, label }) => ({
          label,
          fill: lift >= 1 ? 'var(--chart-heat-more)' : 'var(--chart-heat-less)',
          fillOpacity: opacityOf(liftIntensity(lift)),
        }));

  return (
    <>
      <div className="chart-options">
        <ChoiceGroup
          legend="Cells show"
          value={measure}
          options={MEASURES}
          onChange={(coOccurrenceMeasure) => setChartSettings({ coOccurrenceMeasure })}
        />
        <NumberOption
          label="Themes"
          value={size}
          {...CHART_LIMITS.coOccurrenceSize}
          onChange={(next) => setChartSettings({ coOccurrenceSize: next })}
        />
      </div>
      {result.briefIds.length === 0 ? (
        <ChartMessage>No briefs match the filters</ChartMessage>
      ) : count < 2 ? (
        <ChartMessage>
          {count === 0
            ? 'The matching briefs carry no themes'
            : `Only one theme in range (${themes[0]!.label})`}
        </ChartMessage>
      ) : (
        <>
          <ChartLegend
            title={measure === 'count' ? 'Briefs with both themes' : 'Lift: together vs chance'}
            fontSize={fontSize}
            items={legend}
          />
          <div ref={box} className="chart-drawing chart-drawing--grid" data-chart-drawing="">
            {area.width > 0 && (
              <svg
                width={layout.width}
                height={layout.height}
                className="heatmap"
                tabIndex={0}
                role="application"
                aria-roledescription="heat map"
                aria-label={`Theme co-occurrence, ${count} by ${count}: arrow keys move between cells, Enter filters to both themes`}
                onKeyDown={onKeyDown}
                onBlur={() => setActive(null)}
                onMouseLeave={() => setActive(null)}
              >
                {themes.map((theme, row) => (
                  <text
                    key={`row-${theme.key}`}
                    x={labelWidth - 6}
                    y={headHeight + row * cellSize + cellSize / 2}
                    dy="0.35em"
                    textAnchor="end"
                    fontSize={labelFont}
                    fill="var(--fg)"
                  >
                    <title>{theme.label}</title>
                    {names[row]}
                  </text>
                ))}
                {themes.map((theme, column) => (
                  <text
                    key={`column-${theme.key}`}
                    transform={`translate(${labelWidth + column * cellSize + cellSize / 2} ${headHeight - 6}) rotate(-45)`}
                    fontSize={labelFont}
                    fill="var(--fg)"
                  >
                    <title>{theme.label}</title>
                    {names[column]}
                  </text>
                ))}
                {cells.map((cell) => {
                  const x = labelWidth + cell.column * cellSize;
                  const y = headHeight + cell.row * cellSize;
                  const isActive = active?.row === cell.row && active.column === cell.column;
                  const opacity = opacityOf(cell.intensity);
                  const tone = cell.tone === 'self' ? null : cell.tone;
                  return (
                    <g
                      key={`${cell.row}-${cell.column}`}
                      className="heat-cell"
                      onClick={() => select(cell.row, cell.column)}
                      onMouseEnter={() => setActive({ row: cell.row, column: cell.column })}
                    >
                      <rect
                        x={x + 1}
                        y={y + 1}
                        width={cellSize - 2}
                        height={cellSize - 2}
                        fill={
                          tone === null
                            ? 'var(--hover)'
                            : opacity === 0
                              ? 'none'
                              : `var(--chart-heat-${tone})`
                        }
                        fillOpacity={tone === null || opacity === 0 ? undefined : opacity}
                        stroke={isActive ? 'var(--fg)' : 'var(--border)'}
                        strokeWidth={isActive ? 2 : 1}
                      />
                      <text
                        x={x + cellSize / 2}
                        y={y + cellSize / 2}
                        dy="0.35em"
                        textAnchor="middle"
                        fontSize={cellFont}
                        fontWeight={tone === null ? 700 : 400}
                        fill={
                          tone !== null && opacity > STRONG ? `var(--chart-on-heat-${tone})` : 'var(--fg)'
                        }
                      >
                        {cell.text}
                      </text>
                    </g>
                  );
                })}
              </svg>
            )}
            {activeCell !== undefined && (
              <div
                className="chart-tooltip chart-tooltip--floating"
                style={{
                  left: labelWidth + (activeCell.column + 1) * cellSize + 8,
                  top: headHeight + activeCell.row * cellSize,
                }}
              >
                <CellTooltip cell={activeCell} themes={themes} briefs={data.briefs} />
              </div>
            )}
          </div>
          <p className="chart-note" data-chart-text="">
            The diagonal shows each theme&apos;s own count. Lift = how much more often two themes appear
            together than if they were unrelated.
          </p>
        </>
      )}
    </>
  );
}

function CellTooltip({
  cell,
  themes,
  briefs,
}: {
  cell: HeatCell;
  themes: { label: string; briefs: number }[];
  briefs: number;
}) {
  const a = themes[cell.row]!;
  const b = themes[cell.column]!;
  if (cell.row === cell.column) {
    return (
      <TooltipBox
        title={a.label}
        lines={[{ label: 'Briefs', value: `${formatCount(a.briefs)} of ${formatCount(briefs)}` }]}
        note="Click: add the theme filter"
      />
    );
  }
  return (
    <TooltipBox
      title={`${a.label} & ${b.label}`}
      lines={[
        { label: 'Briefs with both', value: formatCount(cell.count) },
        { label: 'Lift', value: formatLift(cell.lift) },
        { label: a.label, value: formatCount(a.briefs) },
        { label: b.label, value: formatCount(b.briefs) },
        { label: 'All matching briefs', value: formatCount(briefs) },
      ]}
      note="Click: filter to both themes (Match all)"
    />
  );
}
