import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { meanLevel } from '../../core/charts/chartData';
import { CHART_LIMITS } from '../../core/charts/chartSettings';
import { RELEVANCY_LEVELS } from '../../core/query/aggregateRelevancy';
import { topValues, type ValueStat } from '../../core/query/aggregateValues';
import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import { ChartLegend } from './ChartLegend';
import { ChartMessage } from './ChartMessage';
import {
  ChoiceGroup,
  GRID_STROKE,
  NumberOption,
  TooltipBox,
  axisStyle,
  xAxisStyle,
  barEndLabel,
  categoryAxisWidth,
  categoryTick,
  chartMargin,
  HOVER_CURSOR,
  useRowsLayout,
} from './chartParts';
import { BAR_STROKE, levelFill } from './chartFills';
import { chartFontSize, type ChartProps } from './chartTypes';
import { textMeasure, widest } from './measureText';
import { useKeyboardSelect } from './useKeyboardSelect';

const FACETS = [
  { value: 'themes', label: 'Themes' },
  { value: 'keywords', label: 'Keywords' },
] as const;
const NOUN = { themes: 'theme', keywords: 'keyword' } as const;
/** The value labels take at most this share of the drawing's width. */
const LABEL_SHARE = 0.35;

/** The values carried by the most filtered briefs: bar length = briefs, colour = mean relevancy of their rows. */
export function TopValuesChart({ index, result, filters, settings, presenting, onMark }: ChartProps) {
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const toggleFacetValue = useAppStore((state) => state.toggleFacetValue);
  const { topFacet: facet, topN } = settings;
  const values = useMemo(() => topValues(index, result, facet, topN), [index, result, facet, topN]);
  const [rowsBox, rows] = useRowsLayout(values.length, presenting);
  const { fontSize } = rows;
  const labels = values.map((value) => value.label);
  const labelRoom = Math.max(80, rows.width * LABEL_SHARE);
  const figuresWidth = widest(values.map(valueFigures), textMeasure(fontSize));

  function select(value: ValueStat) {
    onMark({
      title: `${capitalised(NOUN[facet])} “${value.label}”`,
      selection: { values: { facet, labels: [value.label] } },
    });
    if (!filters[facet].some((selected) => index.fold.keyOf(selected) === value.key))
      toggleFacetValue(facet, value.label);
  }

  const keyboard = useKeyboardSelect(select);

  return (
    <>
      <div className="chart-options">
        <ChoiceGroup
          legend="Count"
          value={facet}
          options={FACETS}
          onChange={(topFacet) => setChartSettings({ topFacet })}
        />
        <NumberOption
          label="Show top"
          value={topN}
          {...CHART_LIMITS.topN}
          onChange={(next) => setChartSettings({ topN: next })}
        />
      </div>
      {result.briefIds.length === 0 ? (
        <ChartMessage>No briefs match the filters</ChartMessage>
      ) : values.length === 0 ? (
        <ChartMessage>{`The matching briefs carry no ${facet}`}</ChartMessage>
      ) : (
        <>
          <ChartLegend
            title="Mean relevancy of their rows"
            fontSize={chartFontSize(presenting)}
            items={[
              ...RELEVANCY_LEVELS.map((level) => ({ label: `≈ ${level}`, fill: levelFill(level) })),
              { label: 'no rated rows', fill: levelFill(0) },
            ]}
          />
          <div
            ref={rowsBox}
            className="chart-drawing chart-drawing--rows"
            data-chart-drawing=""
            onKeyDown={keyboard.onKeyDown}
            style={rows.style}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={values}
                layout="vertical"
                margin={chartMargin(4, Math.ceil(figuresWidth) + 16, 4, 8)}
                barCategoryGap="18%"
              >
                {keyboard.tracker}
                <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
                <XAxis type="number" allowDecimals={false} {...xAxisStyle('Matching briefs', fontSize)} />
                <YAxis
                  type="category"
                  dataKey="label"
                  width={categoryAxisWidth(labels, fontSize, labelRoom)}
                  interval={0}
                  {...axisStyle(fontSize)}
                  tick={categoryTick(fontSize, Math.round(labelRoom))}
                />
                <Tooltip
                  cursor={HOVER_CURSOR}
                  content={({ active, payload }) => {
                    const value = payload?.[0]?.payload as ValueStat | undefined;
                    if (!active || value === undefined) return null;
                    return (
                      <TooltipBox
                        title={value.label}
                        lines={[
                          { label: 'Briefs', value: formatCount(value.briefs) },
                          {
                            label: 'Mean relevancy',
                            value:
                              value.meanRelevancy === null ? 'none rated' : value.meanRelevancy.toFixed(2),
                          },
                        ]}
                        note={`Click: add the ${NOUN[facet]} filter`}
                      />
                    );
                  }}
                />
                <Bar
                  dataKey="briefs"
                  name="Briefs"
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(item) => select(item.payload as ValueStat)}
                >
                  {values.map((value) => (
                    <Cell
                      key={value.key}
                      fill={levelFill(meanLevel(value.meanRelevancy) ?? 0)}
                      stroke={BAR_STROKE}
                    />
                  ))}
                  <LabelList dataKey={valueFigures} content={barEndLabel(fontSize, Infinity)} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <p className="chart-note" data-chart-text="">
            Label: briefs · mean relevancy of their matching rows.
          </p>
        </>
      )}
    </>
  );
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A bar's label: its briefs and the mean relevancy of their rows (a stable function: Recharts compares it). */
function valueFigures(value: ValueStat): string {
  return `${formatCount(value.briefs)}${value.meanRelevancy === null ? '' : ` · ${value.meanRelevancy.toFixed(1)}`}`;
}
