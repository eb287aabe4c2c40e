import { useEffect, useState } from 'react';
import { FACET_NAMES } from '../../core/query/types';
import { afterNextPaintOrSoon } from '../shared/interactionMarks';
import { ActiveFilters } from './ActiveFilters';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetGroup } from './FacetGroup';
import { RelevancyFilter } from './RelevancyFilter';
import { SearchBox } from './SearchBox';
import './sidebar.css';

export function Sidebar() {
  // The filters under the search box render once the dashboard has been painted: they are a third
  // of its elements, and the table's first rows should not wait for them. Two frames on, so that
  // what the first paint itself set off (the table's own after-paint work) runs before them.
  const [showFilters, setShowFilters] = useState(false);
  useEffect(() => {
    const show = () => setShowFilters(true);
    afterNextPaintOrSoon(() => afterNextPaintOrSoon(show));
  }, []);
  return (
    <aside className="sidebar" aria-label="Filters">
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
