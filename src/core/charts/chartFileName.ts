import { exportFileName } from '../export/exportFileName';
import type { Filters } from '../query/types';
import { chartSlug, type ChartSettings } from './chartSettings';

/** E.g. `top-themes_theme-ai_minrel-4_2026-11-28.png`: the chart, the filters, the day of the export. */
export function chartFileName(
  settings: Pick<ChartSettings, 'chart' | 'topFacet'>,
  filters: Filters,
  dateISO: string,
  format: 'png' | 'svg',
): string {
  return exportFileName(chartSlug(settings), filters, dateISO, format);
}
