import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useYAxisScale,
} from 'recharts';
import { localDateISO } from '../../core/export/exportFileName';
import { risingAndFading, sharePoints, symmetricReach, type SharePoint } from '../../core/charts/chartData';
import { CHART_LIMITS, MOMENTUM_LINES, MOMENTUM_RANKED } from '../../core/charts/chartSettings';
import { seriesColor, seriesDash } from '../../core/charts/palette';
import { categoryTickInterval, fitLabel } from '../../core/charts/chartLayout';
import { spreadLabels } from '../../core/charts/spreadLabels';
import { withoutFutureBriefs } from '../../core/charts/timeScope';
import { quarterSpan } from '../../core/charts/timeBuckets';
import { momentum, type ThemeTrend } from '../../core/query/aggregateTime';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import { ChartLegend } from './ChartLegend';
import { ChartMessage, FutureNote } from './ChartMessage';
import {
  GRID_STROKE,
  NumberOption,
  TooltipBox,
  axisLabel,
  axisStyle,
  barEndLabel,
  categoryAxisWidth,
  categoryTick,
  numberAxisWidth,
  xAxisStyle,
  chartMargin,
  HOVER_CURSOR,
  useRowsLayout,
} from './chartParts';
import { chartFontSize, type ChartProps } from './chartTypes';
import { textMeasure, widest } from './measureText';
import { useElementSize } from './useElementSize';
import { useKeyboardSelect } from './useKeyboardSelect';

const RISING = 'var(--chart-heat-more)';
const FADING = 'var(--chart-heat-less)';
/** Line names (right of the lines) and theme names (left of the bars) take at most this share of their drawing's width. */
const LABEL_SHARE = 0.3;
/** Left margin of the lines, right margin of the bars. */
const LINES_LEFT = 16;
const BARS_SIDES = { left: 8, right: 16 };

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function formatDelta(delta: number): string {
  return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${Math.abs(delta * 100).toFixed(1)} pp`;
}

/**
 * The leading themes' share of the dated briefs per quarter (lines), and the themes whose share
 * rose or fell the most between the last N months and the N before (bars, in percentage points).
 */
export function MomentumChart({ index, result, filters, settings, presenting, onMark }: ChartProps) {
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const setFilters = useAppStore((state) => state.setFilters);
  const toggleFacetValue = useAppStore((state) => state.toggleFacetValue);
  const { momentumWindow, momentumMinCount } = settings;
  const today = localDateISO(new Date());
  const scoped = useMemo(() => withoutFutureBriefs(index, result, today), [index, result, today]);
  const data = useMemo(
    () =>
      momentum(index, scoped.result, {
        themes: MOMENTUM_LINES,
        months: momentumWindow,
        minCount: momentumMinCount,
      }),
    [index, scoped, momentumWindow, momentumMinCount],
  );
  const points = useMemo(() => sharePoints(data, momentumMinCount), [data, momentumMinCount]);
  const ranked = useMemo(() => {
    const { rising, fading } = risingAndFading(data.trends, MOMENTUM_RANKED);
    return [...rising, ...fading];
  }, [data]);
  const fontSize = chartFontSize(presenting);
  const [linesBox, linesSize] = useElementSize<HTMLDivElement>();
  const lineNameFont = textMeasure(fontSize, true);
  const lineNameRoom = Math.min(
    widest(
      data.themes.map((theme) => theme.label),
      lineNameFont,
    ),
    Math.max(60, linesSize.width * LABEL_SHARE),
  );
  const lineNames = data.themes.map((theme) => fitLabel(theme.label, lineNameRoom, lineNameFont));
  const shareAxisWidth = numberAxisWidth(
    `${Math.ceil(Math.max(0, ...points.flatMap((point) => point.shares.map((share) => share ?? 0))) * 120)}%`,
    fontSize,
    true,
  );
  const linesRight = Math.ceil(lineNameRoom) + 12;
  const quarterInterval = categoryTickInterval(
    points.map((point) => point.quarter),
    (linesSize.width - LINES_LEFT - linesRight - shareAxisWidth) / Math.max(1, points.length - 1),
    fontSize,
    textMeasure(fontSize),
  );

  const [barsBox, bars] = useRowsLayout(ranked.length, presenting);
  const themeRoom = Math.max(60, bars.width * LABEL_SHARE);
  const themeAxisWidth = categoryAxisWidth(
    ranked.map((trend) => trend.label),
    bars.fontSize,
    themeRoom,
  );
  const figureFont = bars.fontSize * 0.9;
  const barsHalf = Math.floor((bars.width - BARS_SIDES.left - BARS_SIDES.right - themeAxisWidth) / 2);
  const reach = symmetricReach(ranked.map((trend) => trend.delta));
  const deltaAxis = { domain: [-reach, reach], ticks: [-reach, -reach / 2, 0, reach / 2, reach] };

  function selectQuarter(quarter: string) {
    const span = quarterSpan(quarter);
    if (span === null) return;
    onMark({ title: `Dated ${quarter}`, selection: { dates: span } });
    setFilters({ dateFrom: span.from, dateTo: span.to });
  }

  function selectTheme(trend: ThemeTrend) {
    onMark({
      title: `Theme “${trend.label}”`,
      selection: { values: { facet: 'themes', labels: [trend.label] } },
    });
    if (!filters.themes.some((selected) => index.fold.keyOf(selected) === trend.key))
      toggleFacetValue('themes', trend.label);
  }

  const lineKeys = useKeyboardSelect((point: SharePoint) => selectQuarter(point.quarter));
  const barKeys = useKeyboardSelect(selectTheme);

  return (
    <>
      <div className="chart-options">
        <NumberOption
          label="Window (months)"
          value={momentumWindow}
          {...CHART_LIMITS.momentumWindow}
          onChange={(next) => setChartSettings({ momentumWindow: next })}
        />
        <NumberOption
          label="Minimum briefs"
          value={momentumMinCount}
          {...CHART_LIMITS.momentumMinCount}
          onChange={(next) => setChartSettings({ momentumMinCount: next })}
        />
      </div>
      {result.briefIds.length === 0 ? (
        <ChartMessage>No briefs match the filters</ChartMessage>
      ) : data.quarters.length === 0 ? (
        <ChartMessage>
          {scoped.future > 0
            ? 'Every matching dated brief is dated after today'
            : 'None of the matching briefs has a date'}
        </ChartMessage>
      ) : (
        <>
          {scoped.future > 0 && <FutureNote count={scoped.future} />}
          <div className="chart-pair">
            <div className="chart-pair__part">
              <h3 className="chart-subtitle" data-chart-text="">
                Share of dated briefs per quarter, leading themes
              </h3>
              {data.quarters.length === 1 ? (
                <ChartMessage>{`Only one quarter in range (${data.quarters[0]!.quarter})`}</ChartMessage>
              ) : (
                <>
                  <ChartLegend
                    title="Theme"
                    fontSize={fontSize}
                    items={data.themes.map((theme, position) => ({
                      label: theme.label,
                      fill: seriesColor(position),
                      dash: seriesDash(position),
                    }))}
                  />
                  <div
                    ref={linesBox}
                    className="chart-drawing"
                    data-chart-drawing=""
                    onKeyDown={lineKeys.onKeyDown}
                  >
                    <ResponsiveContainer width="100%" height="100%">
                      <LineChart
                        data={points}
                        margin={chartMargin(8, linesRight, 4, LINES_LEFT)}
                        onClick={(state) => {
                          if (typeof state.activeLabel === 'string') selectQuarter(state.activeLabel);
                        }}
                        cursor="pointer"
                      >
                        {lineKeys.tracker}
                        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
                        <XAxis
                          dataKey="quarter"
                          {...xAxisStyle('Quarter', fontSize)}
                          interval={quarterInterval}
                        />
                        <YAxis
                          width={shareAxisWidth}
                          {...axisStyle(fontSize)}
                          tickFormatter={(value: number) => `${Math.round(value * 100)}%`}
                          label={axisLabel('Share of briefs', fontSize, 'left')}
                        />
                        <Tooltip
                          content={({ active, payload }) => {
                            const quarter = payload?.[0]?.payload as SharePoint | undefined;
                            if (!active || quarter === undefined) return null;
                            return (
                              <TooltipBox
                                title={`${quarter.quarter}: ${formatCount(quarter.briefs)} dated briefs`}
                                lines={data.themes.map((theme, position) => {
                                  const share = quarter.shares[position];
                                  return {
                                    label: theme.label,
                                    value:
                                      share === null || share === undefined
                                        ? 'too few briefs'
                                        : percent(share),
                                    fill: seriesColor(position),
                                  };
                                })}
                                note="Click: filter to this quarter"
                              />
                            );
                          }}
                        />
                        {data.themes.map((theme, position) => (
                          <Line
                            key={theme.key}
                            dataKey={`shares.${position}`}
                            name={theme.label}
                            stroke={seriesColor(position)}
                            strokeDasharray={seriesDash(position)}
                            strokeWidth={presenting ? 3.5 : 2.5}
                            dot={false}
                            isAnimationActive={false}
                          />
                        ))}
                        <LineEndLabels points={points} names={lineNames} fontSize={fontSize} />
                      </LineChart>
                    </ResponsiveContainer>
                  </div>
                  <p
                    className="chart-note"
                    data-chart-text=""
                  >{`Quarters with fewer than ${momentumMinCount} dated briefs are left out of the lines.`}</p>
                </>
              )}
            </div>
            <div className="chart-pair__part">
              <h3 className="chart-subtitle" data-chart-text="">
                {data.windows === null
                  ? 'Rising and fading themes'
                  : `Rising and fading: ${data.windows.recent[0]} to ${data.windows.recent[1]} vs ${data.windows.previous[0]} to ${data.windows.previous[1]}`}
              </h3>
              {ranked.length === 0 ? (
                <ChartMessage>{`No theme has ${momentumMinCount} or more briefs in the two windows`}</ChartMessage>
              ) : (
                <div
                  ref={barsBox}
                  className="chart-drawing chart-drawing--rows"
                  data-chart-drawing=""
                  onKeyDown={barKeys.onKeyDown}
                  style={bars.style}
                >
                  <ResponsiveContainer width="100%" height="100%">
                    <BarChart
                      data={ranked}
                      layout="vertical"
                      margin={chartMargin(4, BARS_SIDES.right, 4, BARS_SIDES.left)}
                      barCategoryGap="16%"
                    >
                      {barKeys.tracker}
                      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
                      <XAxis
                        type="number"
                        dataKey="delta"
                        domain={deltaAxis.domain}
                        ticks={deltaAxis.ticks}
                        {...xAxisStyle('Change in share (percentage points)', bars.fontSize)}
                        tickFormatter={(delta: number) =>
                          `${delta > 0 ? '+' : ''}${Math.round(delta * 1000) / 10}`
                        }
                      />
                      <YAxis
                        type="category"
                        dataKey="label"
                        width={themeAxisWidth}
                        interval={0}
                        {...axisStyle(bars.fontSize)}
                        tick={categoryTick(bars.fontSize, Math.round(themeRoom))}
                      />
                      <ReferenceLine x={0} stroke="var(--fg)" />
                      <Tooltip
                        cursor={HOVER_CURSOR}
                        content={({ active, payload }) => {
                          const trend = payload?.[0]?.payload as ThemeTrend | undefined;
                          if (!active || trend === undefined) return null;
                          return (
                            <TooltipBox
                              title={trend.label}
                              lines={[
                                { label: 'Change', value: formatDelta(trend.delta) },
                                {
                                  label: 'Recent window',
                                  value: `${percent(trend.recentShare)} (${formatCount(trend.recentCount)} briefs)`,
                                },
                                {
                                  label: 'Window before',
                                  value: `${percent(trend.previousShare)} (${formatCount(trend.previousCount)} briefs)`,
                                },
                              ]}
                              note="Click: add the theme filter"
                            />
                          );
                        }}
                      />
                      <Bar
                        dataKey="delta"
                        isAnimationActive={false}
                        cursor="pointer"
                        onClick={(item) => selectTheme(item.payload as ThemeTrend)}
                      >
                        {ranked.map((trend) => (
                          <Cell key={trend.key} fill={trend.delta > 0 ? RISING : FADING} />
                        ))}
                        <LabelList dataKey={trendFigures} content={barEndLabel(figureFont, barsHalf)} />
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}

/** Each line's name at the right of the plot, level with its last value and spread so names never overlap. */
function LineEndLabels({
  points,
  names,
  fontSize,
}: {
  points: readonly SharePoint[];
  /** The lines' names, fitted to the room right of the plot. */
  names: readonly string[];
  fontSize: number;
}) {
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (yScale === undefined || plot === undefined) return null;
  const lastShares = names.map((_, position) => {
    for (let point = points.length - 1; point >= 0; point--) {
      const share = points[point]!.shares[position];
      if (share !== null && share !== undefined) return share;
    }
    return 0;
  });
  const heights = spreadLabels(
    lastShares.map((share) => yScale(share) ?? plot.y + plot.height),
    fontSize * 1.25,
    // Half a line inside the plot: the lowest name stays above the ticks of the quarter axis.
    plot.y + fontSize * 0.6,
    plot.y + plot.height - fontSize * 0.6,
  );
  return (
    <g className="line-end-labels">
      {names.map((name, position) => (
        <text
          key={position}
          x={plot.x + plot.width + 8}
          y={heights[position]}
          dy="0.35em"
          fontSize={fontSize}
          fontWeight={600}
          fill={seriesColor(position)}
        >
          {name}
        </text>
      ))}
    </g>
  );
}

/** A bar's label: the change and the briefs before and after (a stable function: Recharts compares it). */
function trendFigures(trend: ThemeTrend): string {
  return `${formatDelta(trend.delta)} (${trend.previousCount} → ${trend.recentCount})`;
}
