import {
  memo,
  useCallback,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { briefsBehind } from '../../core/charts/briefsBehind';
import { chartCaption } from '../../core/charts/caption';
import { chartFileName } from '../../core/charts/chartFileName';
import { localDateISO } from '../../core/export/exportFileName';
import { CHART_NAMES, TABLE_CHARTS, chartTitle, type ChartName } from '../../core/charts/chartSettings';
import { chartColorVariables } from '../../core/charts/palette';
import { ENTRY_KINDS } from '../../core/model/types';
import type { QueryResult } from '../../core/query/types';
import { useAppStore } from '../../store/store';
import { ChartPatternDefs } from './chartFills';
import type { ChartProps, MarkRequest } from './chartTypes';
import { CoOccurrenceChart } from './CoOccurrenceChart';
import { downloadPng, downloadSvg } from './exportChart';
import { MarkBriefs, type ShownMark } from './MarkBriefs';
import { MomentumChart } from './MomentumChart';
import { RadarChart } from './RadarChart';
import { ComparePeriodsView } from './ComparePeriodsView';
import { WhatsNewView } from './WhatsNewView';
import { RelevancyChart } from './RelevancyChart';
import { TimelineChart } from './TimelineChart';
import { TopValuesChart } from './TopValuesChart';
import { useFullscreen } from './useFullscreen';
import './charts.css';

/** Memoised: the panel renders once more before the deferred result arrives, and a chart need not. */
const CHART_VIEWS: Record<ChartName, ComponentType<ChartProps>> = {
  relevancy: memo(RelevancyChart),
  top: memo(TopValuesChart),
  timeline: memo(TimelineChart),
  momentum: memo(MomentumChart),
  cooccurrence: memo(CoOccurrenceChart),
  radar: memo(RadarChart),
  news: memo(WhatsNewView),
  compare: memo(ComparePeriodsView),
};

/**
 * The chart colours as custom properties of the frame: light-dark() resolves where a property is
 * declared, so declared here they follow the frame's colour scheme (light in full screen).
 */
const COLOR_VARIABLES = chartColorVariables() as CSSProperties;

/** The charts that count table rows, whose caption gives the row count too. */
const ROW_CHARTS: readonly ChartName[] = ['relevancy', 'timeline'];

function matchingRows(result: QueryResult): number {
  return ENTRY_KINDS.reduce((sum, kind) => sum + result.rowIds[kind].length, 0);
}

/** The chart tabs and the chart shown, with its caption, exports, full screen and the briefs behind a mark. */
export function ChartsPanel() {
  const id = useId();
  const corpus = useAppStore((state) => state.corpus);
  // The chart follows a filter change in a render of its own, so the sidebar answers the click at once.
  const result = useDeferredValue(useAppStore((state) => state.result));
  const filters = useDeferredValue(useAppStore((state) => state.filters));
  const settings = useAppStore((state) => state.chartSettings);
  const setChartSettings = useAppStore((state) => state.setChartSettings);
  const stepChart = useAppStore((state) => state.stepChart);
  const frame = useRef<HTMLElement>(null);
  const tabList = useRef<HTMLDivElement>(null);
  const { presenting, enter, exit } = useFullscreen(frame, stepChart);
  const [mark, setMark] = useState<(ShownMark & { chart: ChartName }) | null>(null);
  const [exportDark, setExportDark] = useState(false);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const index = corpus?.index ?? null;

  const caption = useMemo(
    () =>
      result === null
        ? ''
        : chartCaption(filters, {
            briefs: result.briefIds.length,
            ...(ROW_CHARTS.includes(settings.chart) ? { rows: matchingRows(result) } : {}),
          }),
    [filters, result, settings.chart],
  );

  const onMark = useCallback(
    (request: MarkRequest) => {
      if (index === null || result === null) return;
      setMark({
        chart: settings.chart,
        title: request.title,
        briefs: briefsBehind(index, result, request.selection),
        ...(request.rowsOf === undefined ? {} : { rowsOf: request.rowsOf }),
      });
    },
    [index, result, settings.chart],
  );

  if (index === null || result === null) return null;
  const title = chartTitle(settings);
  const Chart = CHART_VIEWS[settings.chart];

  async function exportAs(format: 'png' | 'svg') {
    if (frame.current === null) return;
    const request = {
      frame: frame.current,
      title,
      caption,
      fileName: chartFileName(settings, filters, localDateISO(new Date()), format),
      theme: exportDark ? ('dark' as const) : ('light' as const),
    };
    try {
      setExportProblem(null);
      if (format === 'png') await downloadPng(request);
      else downloadSvg(request);
    } catch (error) {
      setExportProblem(
        `The ${format.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  function onTabKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    stepChart(step);
    const next = (CHART_NAMES.indexOf(settings.chart) + step + CHART_NAMES.length) % CHART_NAMES.length;
    tabList.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }

  return (
    <section className="charts" aria-label="Charts">
      <div role="tablist" aria-label="Charts" className="tabs" ref={tabList} onKeyDown={onTabKeyDown}>
        {CHART_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={name === settings.chart}
            aria-controls={`${id}-panel`}
            tabIndex={name === settings.chart ? 0 : -1}
            className="tab"
            onClick={() => setChartSettings({ chart: name })}
          >
            {chartTitle({ chart: name, topFacet: settings.topFacet })}
          </button>
        ))}
      </div>
      <figure
        ref={frame}
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-title`}
        tabIndex={-1}
        className={presenting ? 'chart-frame chart-frame--presenting' : 'chart-frame'}
        data-chart={settings.chart}
        style={COLOR_VARIABLES}
      >
        <ChartPatternDefs />
        <div className="chart-frame__head">
          <h2 id={`${id}-title`} className="chart-frame__title">
            {title}
          </h2>
          <div className="chart-frame__actions">
            {presenting && (
              <>
                <button
                  type="button"
                  className="button"
                  aria-label="Previous chart"
                  onClick={() => stepChart(-1)}
                >
                  ←
                </button>
                <button type="button" className="button" aria-label="Next chart" onClick={() => stepChart(1)}>
                  →
                </button>
              </>
            )}
            {!TABLE_CHARTS.includes(settings.chart) && (
              <>
                <button
                  type="button"
                  className="button"
                  aria-label={`Export PNG: ${title}`}
                  onClick={() => void exportAs('png')}
                >
                  Export PNG
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={`Export SVG: ${title}`}
                  onClick={() => void exportAs('svg')}
                >
                  Export SVG
                </button>
                <label className="checkbox-row">
                  <input
                    type="checkbox"
                    checked={exportDark}
                    onChange={(event) => setExportDark(event.target.checked)}
                  />
                  Export in dark theme
                </label>
              </>
            )}
            {presenting ? (
              <button type="button" className="button button--primary" onClick={exit}>
                Leave full screen
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void enter()}>
                Full screen
              </button>
            )}
          </div>
        </div>
        {exportProblem !== null && (
          <p role="alert" className="chart-frame__problem">
            {exportProblem}
          </p>
        )}
        <div className="chart-frame__body">
          <Chart
            index={index}
            result={result}
            filters={filters}
            settings={settings}
            presenting={presenting}
            onMark={onMark}
          />
        </div>
        <figcaption className="chart-frame__caption">{caption}</figcaption>
        {presenting && <p className="chart-frame__hint">← → other charts · Esc leaves full screen</p>}
        {mark !== null && mark.chart === settings.chart && (
          <MarkBriefs mark={mark} index={index} onClose={() => setMark(null)} />
        )}
      </figure>
    </section>
  );
}
