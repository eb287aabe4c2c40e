import { Suspense, lazy } from 'react';
import { useAppStore } from '../../store/store';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import './charts-entry.css';

/** The charts and Recharts load on first use, so the first paint (the table) never waits for them. */
const loadChartsPanel = () => import('./ChartsPanel');
const ChartsPanel = lazy(() => loadChartsPanel().then((module) => ({ default: module.ChartsPanel })));

/** The charts area of the main column, loaded when first shown. */
export function ChartsArea() {
  return (
    <ErrorBoundary subject="The charts">
      <Suspense fallback={<p className="charts-loading muted">Loading charts…</p>}>
        <ChartsPanel />
      </Suspense>
    </ErrorBoundary>
  );
}

/** Switches the main column between the table and the charts; pointing at "Charts" starts loading them. */
export function ChartsToggle() {
  const chartsOpen = useAppStore((state) => state.chartsOpen);
  const openCharts = useAppStore((state) => state.openCharts);
  const closeCharts = useAppStore((state) => state.closeCharts);
  return (
    <div className="display-toggle" role="group" aria-label="Show">
      <button
        type="button"
        className="display-toggle__option"
        aria-pressed={!chartsOpen}
        onClick={closeCharts}
      >
        Table
      </button>
      <button
        type="button"
        className="display-toggle__option"
        aria-pressed={chartsOpen}
        onClick={() => openCharts()}
        onPointerEnter={() => void loadChartsPanel()}
        onFocus={() => void loadChartsPanel()}
      >
        Charts
      </button>
    </div>
  );
}
