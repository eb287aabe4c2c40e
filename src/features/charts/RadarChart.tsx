import { useMemo, useState, type KeyboardEvent } from 'react';
import { meanLevel } from '../../core/charts/chartData';
import { CHART_LIMITS, RADAR_SEGMENT_FACETS } from '../../core/charts/chartSettings';
import { localDateISO } from '../../core/export/exportFileName';
import { formatCount } from '../../core/format/formatCount';
import { numberToIso } from '../../core/foresight/months';
import { radarData, type RadarBlip } from '../../core/foresight/radarData';
import { layoutRadar } from '../../core/foresight/radarLayout';
import {
  DEFAULT_STAGE_RULES,
  STAGE_LABELS,
  stageRulesCaption,
  type StageRules,
} from '../../core/foresight/stages';
import { RELEVANCY_LEVELS } from '../../core/query/aggregateRelevancy';
import { FACET_LABELS } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import { BAR_STROKE, levelFill } from './chartFills';
import { ChartLegend } from './ChartLegend';
import { ChartMessage, FutureNote } from './ChartMessage';
import { ChoiceGroup, NumberOption, TooltipBox } from './chartParts';
import { chartFontSize, type ChartProps } from './chartTypes';
import { measureTextWidth } from './measureText';
import { useElementSize } from './useElementSize';

const BLIP_FACETS = [
  { value: 'themes', label: 'Themes' },
  { value: 'keywords', label: 'Keywords' },
] as const;
const SEGMENT_CHOICES = RADAR_SEGMENT_FACETS.map((facet) => ({ value: facet, label: FACET_LABELS[facet] }));
const NOUN = { themes: 'Theme', keywords: 'Keyword' } as const;
/** Blips per segment at most: more cannot be read on a slide. */
const BLIPS_PER_SEGMENT = 8;
const LABEL_CHARS = 28;

function shortLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

function blipName(blip: RadarBlip): string {
  return `${blip.label}, ${STAGE_LABELS[blip.stage]}, ${formatCount(blip.size)} ${blip.size === 1 ? 'brief' : 'briefs'}`;
}

/**
 * A trend radar placed by the data: segments are the largest topics or categories, rings the stage
 * read from the dates (see core/foresight/stages), blips the themes or keywords of the filtered briefs.
 * Each blip is a button: click or Enter filters to it and lists the briefs behind it.
 */
export function RadarChart({ index, result, filters, settings, presenting, onMark }: ChartProps) {
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const toggleFacetValue = useAppStore((state) => state.toggleFacetValue);
  const [box, { width }] = useElementSize<HTMLDivElement>();
  const [active, setActive] = useState<string | null>(null);
  const fontSize = chartFontSize(presenting);
  const today = localDateISO(new Date());
  const { radarSegments, radarSegmentCount, radarBlips, radarWindow, radarMinBriefs } = settings;
  const rules: StageRules = useMemo(
    () => ({ ...DEFAULT_STAGE_RULES, windowMonths: radarWindow }),
    [radarWindow],
  );

  const data = useMemo(
    () =>
      radarData(
        index,
        result,
        {
          segmentFacet: radarSegments,
          segmentCount: radarSegmentCount,
          blipFacet: radarBlips,
          blipsPerSegment: BLIPS_PER_SEGMENT,
          minBriefs: radarMinBriefs,
        },
        rules,
        today,
      ),
    [index, result, radarSegments, radarSegmentCount, radarBlips, radarMinBriefs, rules, today],
  );

  // Fits the window below the chart's head and options, so the whole radar shows on one screen.
  const height = Math.round(
    Math.max(360, Math.min(width * 0.7, window.innerHeight - (presenting ? 230 : 330))),
  );
  const layout = useMemo(
    () =>
      width === 0
        ? null
        : layoutRadar(
            data.blips.map((blip) => ({ ...blip, label: shortLabel(blip.label) })),
            {
              width,
              height,
              segments: data.segments.map((segment) => shortLabel(segment.label)),
              measure: measureTextWidth,
              fontSize,
              minBlipRadius: fontSize * 0.4,
              maxBlipRadius: fontSize * 1.2,
            },
          ),
    [data, width, height, fontSize],
  );
  const blipByKey = useMemo(() => new Map(data.blips.map((blip) => [blip.key, blip])), [data]);

  function select(blip: RadarBlip) {
    onMark({
      title: `${NOUN[radarBlips]} “${blip.label}”`,
      selection: { values: { facet: radarBlips, labels: [blip.label] } },
      rowsOf: 'signals',
    });
    if (!filters[radarBlips].some((selected) => index.fold.keyOf(selected) === blip.key))
      toggleFacetValue(radarBlips, blip.label);
  }

  function onBlipKeyDown(event: KeyboardEvent, blip: RadarBlip) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    select(blip);
  }

  const activeBlip = active === null ? undefined : blipByKey.get(active);
  const activePlace = layout?.blips.find((placed) => placed.key === active);
  const unplaced = layout?.unplaced.map((key) => blipByKey.get(key)!.label) ?? [];
  const left = data.notDrawn + unplaced.length;

  return (
    <>
      <div className="chart-options">
        <ChoiceGroup
          legend="Segments"
          value={radarSegments}
          options={SEGMENT_CHOICES}
          onChange={(next) => setChartSettings({ radarSegments: next })}
        />
        <NumberOption
          label="How many"
          value={radarSegmentCount}
          {...CHART_LIMITS.radarSegmentCount}
          onChange={(next) => setChartSettings({ radarSegmentCount: next })}
        />
        <ChoiceGroup
          legend="Blips"
          value={radarBlips}
          options={BLIP_FACETS}
          onChange={(next) => setChartSettings({ radarBlips: next })}
        />
        <NumberOption
          label="Recent window (months)"
          value={radarWindow}
          {...CHART_LIMITS.radarWindow}
          onChange={(next) => setChartSettings({ radarWindow: next })}
        />
        <NumberOption
          label="Min. briefs"
          value={radarMinBriefs}
          {...CHART_LIMITS.radarMinBriefs}
          onChange={(next) => setChartSettings({ radarMinBriefs: next })}
        />
      </div>
      {data.futureBriefs > 0 && <FutureNote count={data.futureBriefs} />}
      {result.briefIds.length === 0 ? (
        <ChartMessage>No briefs match the filters</ChartMessage>
      ) : data.window === null ? (
        <ChartMessage>No matching brief is dated</ChartMessage>
      ) : data.blips.length === 0 ? (
        <ChartMessage>{`No ${radarBlips === 'themes' ? 'theme' : 'keyword'} is carried by ${radarMinBriefs} or more matching briefs in the segments`}</ChartMessage>
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
          <div ref={box} className="chart-drawing chart-drawing--radar" data-chart-drawing="">
            {layout !== null && (
              <svg width={width} height={height} className="radar" role="group" aria-label="Trend radar">
                {layout.ringRadii
                  .map((radius, ring) => (
                    <circle
                      key={`ring-${ring}`}
                      cx={layout.cx}
                      cy={layout.cy}
                      r={radius}
                      fill={ring % 2 === 0 ? 'var(--hover)' : 'var(--bg)'}
                      stroke="var(--border-strong)"
                    />
                  ))
                  .reverse()}
                {layout.segmentAngles.map((angle, segment) => (
                  <line
                    key={`segment-${segment}`}
                    x1={layout.cx}
                    y1={layout.cy}
                    x2={layout.cx + layout.ringRadii.at(-1)! * Math.sin(angle)}
                    y2={layout.cy - layout.ringRadii.at(-1)! * Math.cos(angle)}
                    stroke="var(--border-strong)"
                  />
                ))}
                {layout.ringLabels.map((label) => (
                  <text
                    key={`ring-label-${label.text}`}
                    x={label.box.x + label.box.width / 2}
                    y={label.box.y + label.box.height / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    fontSize={fontSize * 0.85}
                    fontWeight={700}
                    fill="var(--muted)"
                    stroke="var(--bg)"
                    strokeWidth={4}
                    paintOrder="stroke"
                  >
                    {label.text}
                  </text>
                ))}
                {layout.segmentLabels.map((label, segment) => (
                  <text
                    key={`segment-label-${segment}`}
                    x={label.box.x}
                    y={label.box.y + label.box.height / 2}
                    dy="0.35em"
                    fontSize={fontSize}
                    fontWeight={700}
                    fill="var(--fg)"
                  >
                    <title>{data.segments[segment]!.label}</title>
                    {label.text}
                  </text>
                ))}
                {layout.blips.map((placed) => {
                  const blip = blipByKey.get(placed.key)!;
                  const isActive = placed.key === active;
                  return (
                    <g key={placed.key}>
                      <g
                        className="radar-blip"
                        role="button"
                        tabIndex={0}
                        aria-label={blipName(blip)}
                        onClick={() => select(blip)}
                        onKeyDown={(event) => onBlipKeyDown(event, blip)}
                        onMouseEnter={() => setActive(placed.key)}
                        onMouseLeave={() => setActive(null)}
                        onFocus={() => setActive(placed.key)}
                        onBlur={() => setActive(null)}
                      >
                        <circle
                          cx={placed.x}
                          cy={placed.y}
                          r={placed.r}
                          fill={levelFill(meanLevel(blip.meanRelevancy) ?? 0)}
                          stroke={isActive ? 'var(--fg)' : BAR_STROKE}
                          strokeWidth={isActive ? 2.5 : 1}
                        />
                      </g>
                      {/* The name is the button's label already; the drawn text, maybe cut short, is for the eye. */}
                      <text
                        aria-hidden="true"
                        className="radar-blip__label"
                        x={
                          placed.anchor === 'start'
                            ? placed.labelBox.x
                            : placed.labelBox.x + placed.labelBox.width
                        }
                        y={placed.y}
                        dy="0.35em"
                        textAnchor={placed.anchor}
                        fontSize={fontSize}
                        fill="var(--fg)"
                        onClick={() => select(blip)}
                        onMouseEnter={() => setActive(placed.key)}
                        onMouseLeave={() => setActive(null)}
                      >
                        {shortLabel(blip.label)}
                      </text>
                    </g>
                  );
                })}
              </svg>
            )}
            {activeBlip !== undefined && activePlace !== undefined && (
              <div
                className="chart-tooltip chart-tooltip--floating"
                style={{
                  left: Math.min(activePlace.x + activePlace.r + 8, Math.max(0, width - 260)),
                  top: activePlace.y + activePlace.r + 4,
                }}
              >
                <TooltipBox
                  title={activeBlip.label}
                  lines={[
                    { label: 'Stage', value: STAGE_LABELS[activeBlip.stage] },
                    { label: 'Briefs', value: formatCount(activeBlip.size) },
                    {
                      label: `In the last ${radarWindow} months`,
                      value: formatCount(activeBlip.counts.recent),
                    },
                    { label: 'Before', value: formatCount(activeBlip.counts.earlier) },
                    {
                      label: 'Mean relevancy',
                      value:
                        activeBlip.meanRelevancy === null
                          ? 'none rated'
                          : activeBlip.meanRelevancy.toFixed(2),
                    },
                  ]}
                  note={`Click: add the ${NOUN[radarBlips].toLowerCase()} filter`}
                />
              </div>
            )}
          </div>
          <p className="chart-note" data-chart-text="">
            {`Rings from the centre: Emerging, Growing, Established, Fading. ${stageRulesCaption(rules)} ` +
              `Window ${data.window.start === data.window.end ? '' : `${numberToIso(data.window.start)} to `}${numberToIso(data.window.end)} (${formatCount(data.window.recentBriefs)} briefs; ${formatCount(data.window.earlierBriefs)} before). ` +
              `Blip size: briefs; colour: mean relevancy.`}
            {left > 0 &&
              ` ${formatCount(left)} more ${left === 1 ? 'label is' : 'labels are'} not drawn (outside the segments, past ${BLIPS_PER_SEGMENT} per segment, or no room)${unplaced.length > 0 ? `: ${unplaced.slice(0, 6).join(', ')}${unplaced.length > 6 ? ', …' : ''}` : ''}.`}
          </p>
        </>
      )}
    </>
  );
}
