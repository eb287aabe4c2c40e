import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHART_SETTINGS } from '../../../src/core/charts/chartSettings';
import { DEFAULT_VIEW_STATE, searchToViewState, viewStateToSearch } from '../../../src/core/url/viewState';
import { selectViewState, useAppStore } from '../../../src/store/store';

const state = () => useAppStore.getState();

describe('chart slice', () => {
  beforeEach(() => useAppStore.setState({ chartsOpen: false, chartSettings: DEFAULT_CHART_SETTINGS }));

  it('opens on the last chart shown, or on the one asked for, and closes keeping the options', () => {
    state().setChartSettings({ chart: 'momentum', momentumWindow: 9 });
    state().openCharts();
    expect(state()).toMatchObject({
      chartsOpen: true,
      chartSettings: { chart: 'momentum', momentumWindow: 9 },
    });
    state().openCharts('timeline');
    expect(state().chartSettings.chart).toBe('timeline');
    state().closeCharts();
    expect(state()).toMatchObject({
      chartsOpen: false,
      chartSettings: { chart: 'timeline', momentumWindow: 9 },
    });
  });

  it('steps through the charts in tab order, wrapping at both ends', () => {
    state().stepChart(-1);
    expect(state().chartSettings.chart).toBe('compare');
    state().stepChart(1);
    state().stepChart(1);
    expect(state().chartSettings.chart).toBe('top');
  });

  it('puts the charts in the view state only while they are shown, as the same object while unchanged', () => {
    expect(selectViewState(state()).charts).toBeUndefined();
    state().openCharts('top');
    const first = selectViewState(state()).charts;
    expect(first).toMatchObject({ chart: 'top' });
    expect(selectViewState(state()).charts).toBe(first);
  });

  it('restores the charts from a URL, and closes them for a URL without', () => {
    state().applyViewState(searchToViewState('?chart=cooccurrence&coBy=lift&coSize=8').state);
    expect(state()).toMatchObject({
      chartsOpen: true,
      chartSettings: {
        ...DEFAULT_CHART_SETTINGS,
        chart: 'cooccurrence',
        coOccurrenceMeasure: 'lift',
        coOccurrenceSize: 8,
      },
    });
    expect(viewStateToSearch(selectViewState(state()))).toBe('?chart=cooccurrence&coSize=8&coBy=lift');
    state().applyViewState(DEFAULT_VIEW_STATE);
    expect(state()).toMatchObject({
      chartsOpen: false,
      chartSettings: { chart: 'cooccurrence', coOccurrenceSize: 8 },
    });
  });
});
