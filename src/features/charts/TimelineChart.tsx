import { useMemo, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { localDateISO } from '../../core/export/exportFileName';
import { categoryTickInterval } from '../../core/charts/chartLayout';
import { withoutFutureBriefs } from '../../core/charts/timeScope';
import {
  TIMELINE_MAX_BARS,
  bucketSpan,
  bucketTimeline,
  type TimeBucket,
} from '../../core/charts/timeBuckets';
import { ENTRY_KINDS, type EntryKind } from '../../core/model/types';
import { timeline } from '../../core/query/aggregateTime';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import { ChartLegend } from './ChartLegend';
import { ChartMessage, FutureNote } from './ChartMessage';
import {
  ChoiceGroup,
  GRID_STROKE,
  TooltipBox,
  axisLabel,
  axisStyle,
  countLine,
  numberAxisWidth,
  xAxisStyle,
  chartMargin,
  HOVER_CURSOR,
} from './chartParts';
import { BAR_STROKE, kindFill, levelFill } from './chartFills';
import { chartFontSize, type ChartProps } from './chartTypes';
import { textMeasure } from './measureText';
import { useElementSize } from './useElementSize';
import { useKeyboardSelect } from './useKeyboardSelect';

const SPLITS = [
  { value: 'relevancy', label: 'Relevancy' },
  { value: 'kind', label: 'Kind' },
] as const;
const UNIT_NAMES = { month: 'Month', quarter: 'Quarter', year: 'Year' } as const;
const BRIEFS_LINE = 'var(--fg)';
const BRIEFS_DASH = '6 3';
const MARGIN = { left: 16, right: 8 };

/** Every matching row of a period, whatever its series: the height of its bar. */
function bucketRows(bucket: TimeBucket): number {
  let rows = 0;
  for (const count of Object.values(bucket.counts)) rows += count;
  return rows;
}

function seriesFill(key: string): string {
  if (ENTRY_KINDS.includes(key as EntryKind)) return kindFill(key as EntryKind);
  return levelFill(key === 'unrated' ? 0 : Number(key));
}

/**
 * Matching rows per month (stacked by relevancy or kind) and the briefs dated in it (the line).
 * Clicking a bar filters to its period; dragging across bars filters to the span.
 */
export function TimelineChart({ index, result, settings, presenting, onMark }: ChartProps) {
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const setFilters = useAppStore((state) => state.setFilters);
  const split = settings.timelineSplit;
  const today = localDateISO(new Date());
  const scoped = useMemo(() => withoutFutureBriefs(index, result, today), [index, result, today]);
  const data = useMemo(() => timeline(index, scoped.result, split), [index, scoped, split]);
  const { unit, buckets } = useMemo(() => bucketTimeline(data, TIMELINE_MAX_BARS), [data]);
  const series = useMemo(
    () => data.series.filter(({ key }) => buckets.some((bucket) => bucket.counts[key]! > 0)),
    [data, buckets],
  );
  // One Recharts bar per period, its segments drawn here: a Recharts bar per segment costs several
  // times more to update, and a long span has over a hundred of them.
  const stackShape = useMemo(() => {
    function StackShape({ x, y, width, height, payload }: BarShapeProps) {
      // A point of the previous data may come back once after the split changed: its missing series count 0.
      const counts = series.map(({ key }) => (payload as TimeBucket).counts[key] ?? 0);
      const total = counts.reduce((sum, count) => sum + count, 0);
      let top = y + height;
      return (
        <g>
          {series.map(({ key }, position) => {
            const count = counts[position]!;
            if (count === 0) return null;
            const segment = (height * count) / total;
            top -= segment;
            return (
              <rect
                key={key}
                className="timeline-segment"
                x={x}
                y={top}
                width={width}
                height={segment}
                fill={seriesFill(key)}
                stroke={BAR_STROKE}
                strokeWidth={0.5}
              />
            );
          })}
        </g>
      );
    }
    return StackShape;
  }, [series]);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const fontSize = chartFontSize(presenting);
  const [drawing, size] = useElementSize<HTMLDivElement>();
  // Ticks reach a round number above the tallest bar: room for one more digit than it has.
  const rowsAxisWidth = numberAxisWidth(`${Math.max(0, ...buckets.map(bucketRows))}0`, fontSize, true);
  const briefsAxisWidth = numberAxisWidth(
    `${Math.max(0, ...buckets.map((bucket) => bucket.briefs))}0`,
    fontSize,
    true,
  );
  const periodInterval = categoryTickInterval(
    buckets.map((bucket) => bucket.label),
    (size.width - MARGIN.left - MARGIN.right - rowsAxisWidth - briefsAxisWidth) / Math.max(1, buckets.length),
    fontSize,
    textMeasure(fontSize),
  );

  function filterTo(start: number, end: number) {
    const span = bucketSpan(buckets, start, end);
    if (span === null) return;
    const first = buckets[Math.min(start, end)]!.label;
    const last = buckets[Math.max(start, end)]!.label;
    onMark({
      title: first === last ? `Dated ${first}` : `Dated ${first} to ${last}`,
      selection: { dates: span },
    });
    setFilters({ dateFrom: span.from, dateTo: span.to });
  }

  const keyboard = useKeyboardSelect((bucket: TimeBucket) => {
    const position = buckets.indexOf(bucket);
    filterTo(position, position);
  });

  const dragged = drag !== null && drag.start !== drag.end ? drag : null;
  return (
    <>
      <div className="chart-options">
        <ChoiceGroup
          legend="Split rows by"
          value={split}
          options={SPLITS}
          onChange={(timelineSplit) => setChartSettings({ timelineSplit })}
        />
      </div>
      {result.briefIds.length === 0 ? (
        <ChartMessage>No briefs match the filters</ChartMessage>
      ) : buckets.length === 0 ? (
        <ChartMessage>
          {scoped.future > 0
            ? 'Every matching dated brief is dated after today'
            : 'None of the matching briefs has a date'}
        </ChartMessage>
      ) : (
        <>
          {scoped.future > 0 && <FutureNote count={scoped.future} />}
          {buckets.length === 1 && (
            <p className="chart-note chart-note--warn" data-chart-text="">{`Only one ${unit} in range`}</p>
          )}
          <ChartLegend
            title={split === 'relevancy' ? 'Rows by relevancy' : 'Rows by kind'}
            fontSize={fontSize}
            items={[
              ...series.map(({ key, label }) => ({ label, fill: seriesFill(key) })),
              { label: 'Briefs (right axis)', fill: BRIEFS_LINE, dash: BRIEFS_DASH },
            ]}
          />
          <div
            ref={drawing}
            className="chart-drawing chart-drawing--draggable"
            data-chart-drawing=""
            onKeyDown={keyboard.onKeyDown}
          >
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart
                data={buckets}
                margin={chartMargin(8, MARGIN.right, 4, MARGIN.left)}
                barCategoryGap="12%"
                maxBarSize={160}
                // Mouse moves are handled at once, so a press right after a move knows its bar.
                throttledEvents={[]}
                onMouseDown={(state) => {
                  const position = Number(state.activeTooltipIndex);
                  if (Number.isInteger(position)) setDrag({ start: position, end: position });
                }}
                onMouseMove={(state) => {
                  const position = Number(state.activeTooltipIndex);
                  if (drag !== null && Number.isInteger(position) && position !== drag.end)
                    setDrag({ ...drag, end: position });
                }}
                onMouseUp={() => {
                  if (drag !== null) filterTo(drag.start, drag.end);
                  setDrag(null);
                }}
                onMouseLeave={() => setDrag(null)}
              >
                {keyboard.tracker}
                <CartesianGrid vertical={false} stroke={GRID_STROKE} />
                <XAxis
                  dataKey="label"
                  {...xAxisStyle(UNIT_NAMES[unit], fontSize)}
                  interval={periodInterval}
                />
                <YAxis
                  yAxisId="rows"
                  width={rowsAxisWidth}
                  allowDecimals={false}
                  {...axisStyle(fontSize)}
                  label={axisLabel('Matching rows', fontSize, 'left')}
                />
                <YAxis
                  yAxisId="briefs"
                  orientation="right"
                  width={briefsAxisWidth}
                  allowDecimals={false}
                  {...axisStyle(fontSize)}
                  label={axisLabel('Briefs', fontSize, 'right')}
                />
                <Tooltip
                  cursor={HOVER_CURSOR}
                  content={({ active, payload }) => {
                    const bucket = payload?.[0]?.payload as TimeBucket | undefined;
                    if (!active || bucket === undefined) return null;
                    return (
                      <TooltipBox
                        title={bucket.label}
                        lines={[
                          countLine('Briefs', bucket.briefs),
                          ...series
                            .map(({ key, label }) => countLine(label, bucket.counts[key]!, seriesFill(key)))
                            .reverse(),
                        ]}
                        note={`Click: filter to this ${unit} · drag: a span`}
                      />
                    );
                  }}
                />
                <Bar
                  yAxisId="rows"
                  dataKey={bucketRows}
                  name="Matching rows"
                  shape={stackShape}
                  isAnimationActive={false}
                />
                <Line
                  yAxisId="briefs"
                  dataKey="briefs"
                  name="Briefs"
                  stroke={BRIEFS_LINE}
                  strokeWidth={2}
                  strokeDasharray={BRIEFS_DASH}
                  // A single point draws no line: mark it.
                  dot={
                    buckets.length === 1
                      ? {
                          r: 6,
                          fill: BRIEFS_LINE,
                          stroke: 'var(--surface)',
                          strokeWidth: 2,
                          strokeDasharray: '',
                        }
                      : false
                  }
                  isAnimationActive={false}
                />
                {dragged !== null && (
                  <ReferenceArea
                    yAxisId="rows"
                    x1={buckets[Math.min(dragged.start, dragged.end)]!.label}
                    x2={buckets[Math.max(dragged.start, dragged.end)]!.label}
                    fill="var(--accent)"
                    fillOpacity={0.15}
                    stroke="var(--accent)"
                  />
                )}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <p className="chart-note" data-chart-text="">
            {unit === 'month'
              ? 'One bar per month'
              : `One bar per ${unit}: the span is longer than ${TIMELINE_MAX_BARS} ${unit === 'quarter' ? 'months' : 'quarters'}`}
            {data.undatedBriefs > 0 &&
              ` · ${formatCount(data.undatedBriefs)} undated ${data.undatedBriefs === 1 ? 'brief' : 'briefs'} not shown`}
          </p>
        </>
      )}
    </>
  );
}
