import {
  CHART_NAMES,
  DEFAULT_CHART_SETTINGS,
  type ChartName,
  type ChartSettings,
} from '../core/charts/chartSettings';
import type { SliceCreator } from './dataSlice';

export interface ChartSlice {
  /** The main area shows the charts instead of the table. */
  chartsOpen: boolean;
  /** The chart shown and the options of every chart; kept while the charts are closed. */
  chartSettings: ChartSettings;
  openCharts(chart?: ChartName): void;
  closeCharts(): void;
  setChartSettings(patch: Partial<ChartSettings>): void;
  /** The next (+1) or previous (-1) chart, wrapping around. */
  stepChart(step: 1 | -1): void;
}

export const createChartSlice: SliceCreator<ChartSlice> = (set) => ({
  chartsOpen: false,
  chartSettings: DEFAULT_CHART_SETTINGS,
  openCharts: (chart) =>
    set((state) => ({
      chartsOpen: true,
      chartSettings: chart === undefined ? state.chartSettings : { ...state.chartSettings, chart },
    })),
  closeCharts: () => set({ chartsOpen: false }),
  setChartSettings: (patch) => set((state) => ({ chartSettings: { ...state.chartSettings, ...patch } })),
  stepChart: (step) =>
    set((state) => {
      const position = CHART_NAMES.indexOf(state.chartSettings.chart);
      const chart = CHART_NAMES[(position + step + CHART_NAMES.length) % CHART_NAMES.length]!;
      return { chartSettings: { ...state.chartSettings, chart } };
    }),
});

/** The chart part of a restored view state (URL, saved view): none closes the charts but keeps their options. */
export function chartViewPatch(
  state: Pick<ChartSlice, 'chartSettings'>,
  charts: ChartSettings | undefined,
): Pick<ChartSlice, 'chartsOpen' | 'chartSettings'> {
  return { chartsOpen: charts !== undefined, chartSettings: charts ?? state.chartSettings };
}
