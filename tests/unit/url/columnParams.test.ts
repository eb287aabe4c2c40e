import { describe, expect, it } from 'vitest';
import { VIEW_COLUMNS, defaultColumnVisibility, visibleColumnIds } from '../../../src/core/query/columns';
import { VIEW_NAMES } from '../../../src/core/query/types';
import { DEFAULT_VIEW_STATE, searchToViewState, viewStateToSearch } from '../../../src/core/url/viewState';
import { columnTrack } from '../../../src/features/tables/columns';
import { selectViewState, useAppStore } from '../../../src/store/store';

const state = () => useAppStore.getState();

describe('columns in the URL', () => {
  it('writes nothing for the default columns, and the shown ones in table order otherwise', () => {
    const briefs = { ...DEFAULT_VIEW_STATE, columnVisibility: defaultColumnVisibility('briefs') };
    expect(viewStateToSearch(briefs)).toBe('');
    const fewer = { ...briefs.columnVisibility, category: false, type: false, keywords: true };
    expect(viewStateToSearch({ ...briefs, columnVisibility: fewer })).toBe(
      '?cols=title,date,themes,keywords,signals,meanRelevancy',
    );
  });

  it('writes the resized columns as column:pixels, whole and within the limits', () => {
    const state = { ...DEFAULT_VIEW_STATE, columnWidths: { themes: 5000, title: 321.6 } };
    expect(viewStateToSearch(state)).toBe('?widths=title:322,themes:1200');
  });

  it('reads back the shown columns and widths of the view in the link', () => {
    const { state, problems } = searchToViewState('?view=signals&cols=name,tenYear,date&widths=name:300');
    expect(problems).toEqual([]);
    expect(visibleColumnIds('signals', state.columnVisibility!)).toEqual(['name', 'tenYear', 'date']);
    expect(state.columnWidths).toEqual({ name: 300 });
    expect(searchToViewState(viewStateToSearch(state)).state).toEqual(state);
  });

  it('names unknown columns and bad widths, and keeps the rest', () => {
    const { state, problems } = searchToViewState('?cols=title,nope&widths=title:wide,nope:100,date:90');
    expect(visibleColumnIds('briefs', state.columnVisibility!)).toEqual(['title']);
    expect(state.columnWidths).toEqual({ date: 90 });
    expect(problems).toEqual([
      'cols: briefs has no column "nope"',
      'widths: "title:wide" is not column:pixels',
      'widths: briefs has no column "nope"',
    ]);
    const none = searchToViewState('?cols=nope');
    expect(none.state.columnVisibility).toBeUndefined();
    expect(none.problems).toContain('cols=nope: no column of briefs to show');
  });

  it.each(VIEW_NAMES)(
    'fits the default columns of %s in 1,024 px (beside the sidebar at 1366 px)',
    (view) => {
      const shown = VIEW_COLUMNS[view].filter((spec) => spec.defaultVisible);
      const width = shown.reduce((sum, spec) => sum + columnTrack(spec, undefined)[0], 0);
      expect(width).toBeLessThanOrEqual(1024);
    },
  );
});

describe('view slice: columns', () => {
  it('applies a link: its columns for its view, the defaults when it names none', () => {
    state().applyViewState(searchToViewState('?view=signals&cols=name,date&widths=date:150').state);
    expect(visibleColumnIds('signals', state().columnVisibility.signals)).toEqual(['name', 'date']);
    expect(state().columnWidths.signals).toEqual({ date: 150 });
    expect(viewStateToSearch(selectViewState(state()))).toBe('?view=signals&cols=name,date&widths=date:150');
    state().applyViewState(searchToViewState('?view=signals').state);
    expect(state().columnVisibility.signals).toEqual(defaultColumnVisibility('signals'));
    expect(state().columnWidths.signals).toEqual({});
  });

  it('gives a column a width, clamped, and takes it back', () => {
    state().setColumnWidth('briefs', 'title', 20);
    expect(state().columnWidths.briefs).toEqual({ title: 60 });
    state().setColumnWidth('briefs', 'title', null);
    expect(state().columnWidths.briefs).toEqual({});
  });
});
