import { FACET_NAMES, type Filters } from '../../core/query/types';

const FACET_CHIP_LABELS = {
  themes: 'Theme',
  keywords: 'Keyword',
  category: 'Category',
  type: 'Type',
} as const;

export interface FilterChip {
  key: string;
  label: string;
  /** The filters with this one removed. */
  without: (filters: Filters) => Partial<Filters>;
}

/** One removable chip per active filter value, in sidebar order. */
export function activeFilterChips(filters: Filters): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.text.trim() !== '') {
    chips.push({ key: 'text', label: `Search: ${filters.text.trim()}`, without: () => ({ text: '' }) });
  }
  if (filters.minRelevancy !== null) {
    chips.push({
      key: 'minRelevancy',
      label: `Relevancy ≥ ${filters.minRelevancy}`,
      without: () => ({ minRelevancy: null }),
    });
  }
  if (filters.dateFrom !== null) {
    chips.push({ key: 'dateFrom', label: `From ${filters.dateFrom}`, without: () => ({ dateFrom: null }) });
  }
  if (filters.dateTo !== null) {
    chips.push({ key: 'dateTo', label: `To ${filters.dateTo}`, without: () => ({ dateTo: null }) });
  }
  for (const facet of FACET_NAMES) {
    for (const value of filters[facet]) {
      chips.push({
        key: `${facet}:${value}`,
        label: `${FACET_CHIP_LABELS[facet]}: ${value}`,
        without: (current) => ({ [facet]: current[facet].filter((selected) => selected !== value) }),
      });
    }
  }
  return chips;
}
