import { describe, expect, it } from 'vitest';
import {
  parseSavedViews,
  serializeSavedViews,
  withoutSavedView,
  withSavedView,
} from '../../../src/core/url/savedViews';

describe('saved views', () => {
  it('reads back what it stored', () => {
    const views = withSavedView(withSavedView([], { name: 'b', search: '?q=1' }), { name: 'a', search: '' });
    expect(parseSavedViews(serializeSavedViews(views))).toEqual([
      { name: 'a', search: '' },
      { name: 'b', search: '?q=1' },
    ]);
  });

  it('replaces a view saved again under the same (trimmed) name', () => {
    const views = withSavedView([{ name: 'AI', search: '?theme=AI' }], {
      name: ' AI ',
      search: '?theme=AI&minRel=4',
    });
    expect(views).toEqual([{ name: 'AI', search: '?theme=AI&minRel=4' }]);
  });

  it('deletes by name', () => {
    expect(
      withoutSavedView(
        [
          { name: 'a', search: '' },
          { name: 'b', search: '' },
        ],
        'a',
      ),
    ).toEqual([{ name: 'b', search: '' }]);
  });

  it.each([null, '', 'not json', '{"name":"a"}', '42'])('reads %j as no views', (stored) => {
    expect(parseSavedViews(stored)).toEqual([]);
  });

  it('keeps the readable entries of a damaged list', () => {
    const stored = JSON.stringify([
      { name: 'ok', search: '?q=x' },
      { name: '', search: '' },
      { name: 3 },
      null,
      'x',
    ]);
    expect(parseSavedViews(stored)).toEqual([{ name: 'ok', search: '?q=x' }]);
  });
});
