import { useMemo, type CSSProperties } from 'react';
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
  categoryTick,
  chartMargin,
  HOVER_CURSOR,
} from './chartParts';
import { BAR_STROKE, levelFill } from './chartFills';
import { chartFontSize, type ChartProps } from './chartTypes';
import { useKeyboardSelect } from './useKeyboardSelect';

const FACETS = [
  { value: 'themes', label: 'Themes' },
  { value: 'keywords', label: 'Keywords' },
] as const;
const NOUN = { themes: 'theme', keywords: 'keyword' } as const;
const LABEL_CHARS = 34;

/** The values carried by the most filtered briefs: bar length = briefs, colour = mean relevancy of their rows. */
export function TopValuesChart({ index, result, filters, settings, presenting, onMark }: ChartProps) {
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const toggleFacetValue = useAppStore((state) => state.toggleFacetValue);
  const { topFacet: facet, topN } = settings;
  const values = useMemo(() => topValues(index, result, facet, topN), [index, result, facet, topN]);
  const fontSize = chartFontSize(presenting);
  const longest = Math.min(LABEL_CHARS, Math.max(4, ...values.map((value) => value.label.length)));

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
            fontSize={fontSize}
            items={[
              ...RELEVANCY_LEVELS.map((level) => ({ label: `≈ ${level}`, fill: levelFill(level) })),
              { label: 'no rated rows', fill: levelFill(0) },
            ]}
          />
          <div
            className="chart-drawing chart-drawing--rows"
            data-chart-drawing=""
            onKeyDown={keyboard.onKeyDown}
            style={{ '--rows-height': `${values.length * fontSize * 2 + 70}px` } as CSSProperties}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={values}
                layout="vertical"
                margin={chartMargin(4, 80, 4, 8)}
                barCategoryGap="18%"
              >
                {keyboard.tracker}
                <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
                <XAxis type="number" allowDecimals={false} {...xAxisStyle('Matching briefs', fontSize)} />
                <YAxis
                  type="category"
                  dataKey="label"
                  width={longest * fontSize * 0.6 + 16}
                  interval={0}
                  {...axisStyle(fontSize)}
                  tick={categoryTick(fontSize, LABEL_CHARS)}
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
                  <LabelList dataKey={valueFigures} content={barEndLabel(fontSize)} />
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
