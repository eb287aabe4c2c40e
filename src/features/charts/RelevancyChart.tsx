import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { kindLevels, ratedRows, type KindLevels } from '../../core/charts/chartData';
import { ENTRY_KINDS, ENTRY_KIND_LABELS, type EntryKind } from '../../core/model/types';
import { RELEVANCY_LEVELS, relevancyHistogram } from '../../core/query/aggregateRelevancy';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import { ChartLegend } from './ChartLegend';
import { ChartMessage } from './ChartMessage';
import {
  GRID_STROKE,
  ChoiceGroup,
  TooltipBox,
  axisLabel,
  axisStyle,
  countLine,
  xAxisStyle,
  chartMargin,
  HOVER_CURSOR,
} from './chartParts';
import { BAR_STROKE, kindFill, levelFill } from './chartFills';
import { chartFontSize, type ChartProps } from './chartTypes';
import { useKeyboardSelect } from './useKeyboardSelect';

const LAYOUTS = [
  { value: 'grouped', label: 'Grouped by level' },
  { value: 'stacked', label: 'Stacked by kind' },
] as const;

/** Matching rows per relevancy level and kind: grouped (a bar per kind at each level) or stacked (a bar per kind). */
export function RelevancyChart({ index, result, filters, settings, presenting, onMark }: ChartProps) {
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const setFilters = useAppStore((state) => state.setFilters);
  const histogram = useMemo(() => relevancyHistogram(index, result), [index, result]);
  const kinds = useMemo(() => kindLevels(histogram), [histogram]);
  // Levels under the minimum relevancy are empty by definition: no room for them.
  const levels: number[] = RELEVANCY_LEVELS.filter((level) => level >= (filters.minRelevancy ?? 1));
  const bins = histogram.bins.filter((bin) => levels.includes(bin.level));
  const fontSize = chartFontSize(presenting);
  const rated = ratedRows(histogram);
  const unrated = ENTRY_KINDS.reduce((sum, kind) => sum + histogram.unrated[kind], 0);

  function select(kind: EntryKind, level: number) {
    onMark({
      title: `${ENTRY_KIND_LABELS[kind]} at relevancy ${level}`,
      selection: { rows: { kinds: [kind], level } },
      rowsOf: kind,
    });
    setFilters({ minRelevancy: level });
  }

  // From the keyboard a whole group is highlighted: a level (grouped) or a kind (stacked).
  const keyboard = useKeyboardSelect((point: { level: number } | KindLevels) => {
    if ('kind' in point) {
      onMark({
        title: `${point.label} rows`,
        selection: { rows: { kinds: [point.kind], level: null } },
        rowsOf: point.kind,
      });
      return;
    }
    onMark({
      title: `Rows at relevancy ${point.level}`,
      selection: { rows: { kinds: ENTRY_KINDS, level: point.level } },
    });
    setFilters({ minRelevancy: point.level });
  });

  const grouped = settings.relevancyLayout === 'grouped';
  return (
    <>
      <div className="chart-options">
        <ChoiceGroup
          legend="Bars"
          value={settings.relevancyLayout}
          options={LAYOUTS}
          onChange={(relevancyLayout) => setChartSettings({ relevancyLayout })}
        />
      </div>
      {result.briefIds.length === 0 ? (
        <ChartMessage>No briefs match the filters</ChartMessage>
      ) : rated === 0 ? (
        <ChartMessage>No rated rows match the filters</ChartMessage>
      ) : (
        <>
          <ChartLegend
            title={grouped ? 'Kind' : 'Relevancy'}
            fontSize={fontSize}
            items={
              grouped
                ? ENTRY_KINDS.map((kind) => ({ label: ENTRY_KIND_LABELS[kind], fill: kindFill(kind) }))
                : levels.map((level) => ({ label: levelName(level), fill: levelFill(level) }))
            }
          />
          <div className="chart-drawing" data-chart-drawing="" onKeyDown={keyboard.onKeyDown}>
            <ResponsiveContainer width="100%" height="100%">
              {grouped ? (
                <BarChart data={bins} margin={chartMargin(8, 16, 4, 16)} barCategoryGap="18%">
                  {keyboard.tracker}
                  <CartesianGrid vertical={false} stroke={GRID_STROKE} />
                  <XAxis dataKey="level" {...xAxisStyle('Relevancy (1 weak – 5 strong)', fontSize)} />
                  <YAxis
                    allowDecimals={false}
                    {...axisStyle(fontSize)}
                    label={axisLabel('Matching rows', fontSize, 'left')}
                  />
                  <Tooltip
                    cursor={HOVER_CURSOR}
                    content={({ active, payload }) => {
                      const bin = payload?.[0]?.payload as (typeof histogram.bins)[number] | undefined;
                      if (!active || bin === undefined) return null;
                      return (
                        <TooltipBox
                          title={`Relevancy ${bin.level}`}
                          lines={ENTRY_KINDS.map((kind) =>
                            countLine(ENTRY_KIND_LABELS[kind], bin[kind], kindFill(kind)),
                          )}
                          note="Click a bar: relevancy ≥ this level"
                        />
                      );
                    }}
                  />
                  {ENTRY_KINDS.map((kind) => (
                    <Bar
                      key={kind}
                      dataKey={kind}
                      name={ENTRY_KIND_LABELS[kind]}
                      fill={kindFill(kind)}
                      stroke={BAR_STROKE}
                      isAnimationActive={false}
                      cursor="pointer"
                      onClick={(item) => select(kind, (item.payload as { level: number }).level)}
                    />
                  ))}
                </BarChart>
              ) : (
                <BarChart data={kinds} margin={chartMargin(8, 16, 4, 16)} barCategoryGap="28%">
                  {keyboard.tracker}
                  <CartesianGrid vertical={false} stroke={GRID_STROKE} />
                  <XAxis dataKey="label" {...xAxisStyle('Kind of row', fontSize)} />
                  <YAxis
                    allowDecimals={false}
                    {...axisStyle(fontSize)}
                    label={axisLabel('Matching rows', fontSize, 'left')}
                  />
                  <Tooltip
                    cursor={HOVER_CURSOR}
                    content={({ active, payload }) => {
                      const entry = payload?.[0]?.payload as (typeof kinds)[number] | undefined;
                      if (!active || entry === undefined) return null;
                      return (
                        <TooltipBox
                          title={`${entry.label}: ${formatCount(entry.total)} rated rows`}
                          lines={levels
                            .map((level) =>
                              countLine(levelName(level), entry.levels[level - 1]!, levelFill(level)),
                            )
                            .reverse()}
                          note="Click a segment: relevancy ≥ its level"
                        />
                      );
                    }}
                  />
                  {levels.map((level) => (
                    <Bar
                      key={level}
                      dataKey={`levels.${level - 1}`}
                      name={levelName(level)}
                      stackId="levels"
                      fill={levelFill(level)}
                      stroke={BAR_STROKE}
                      isAnimationActive={false}
                      cursor="pointer"
                      onClick={(item) => select((item.payload as (typeof kinds)[number]).kind, level)}
                    />
                  ))}
                </BarChart>
              )}
            </ResponsiveContainer>
          </div>
          {unrated > 0 && (
            <p className="chart-note" data-chart-text="">
              {formatCount(unrated)} matching {unrated === 1 ? 'row has' : 'rows have'} no relevancy and{' '}
              {unrated === 1 ? 'is' : 'are'} not shown.
            </p>
          )}
        </>
      )}
    </>
  );
}

function levelName(level: number): string {
  return level === 1 ? '1 (weak)' : level === 5 ? '5 (strong)' : String(level);
}
