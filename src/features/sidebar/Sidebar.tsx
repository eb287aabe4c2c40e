import { useEffect, useState } from 'react';
import { FACET_NAMES } from '../../core/query/types';
import { SIDEBAR_ID } from '../shared/ids';
import { afterNextPaintOrSoon } from '../shared/interactionMarks';
import { ActiveFilters } from './ActiveFilters';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetGroup } from './FacetGroup';
import { RelevancyFilter } from './RelevancyFilter';
import { SearchBox } from './SearchBox';
import './sidebar.css';

/** The filters; `hidden` collapses it and keeps what was typed in it. */
export function Sidebar({ hidden }: { hidden: boolean }) {
  // The filters under the search box render once the dashboard has been painted: they are a third
  // of its elements, and the table's first rows should not wait for them. Two frames on, so that
  // what the first paint itself set off (the table's own after-paint work) runs before them.
  const [showFilters, setShowFilters] = useState(false);
  useEffect(() => {
    const show = () => setShowFilters(true);
    afterNextPaintOrSoon(() => afterNextPaintOrSoon(show));
  }, []);
  return (
    <aside id={SIDEBAR_ID} className="sidebar" aria-label="Filters" hidden={hidden}>
      <SearchBox />
      {showFilters && (
        <>
          <ActiveFilters />
          <RelevancyFilter />
          <DateRangeFilter />
          {FACET_NAMES.map((facet) => (
            <FacetGroup key={facet} facet={facet} />
          ))}
        </>
      )}
    </aside>
  );
}
