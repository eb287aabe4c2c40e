import type { EntryKind } from '../model/types';

/** The four facets of the sidebar. Labels one LabelFold group (see core/labels) are one value. */
export const FACET_NAMES = ['themes', 'keywords', 'category', 'type'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export const FACET_LABELS: Record<FacetName, string> = {
  themes: 'Themes',
  keywords: 'Keywords',
  category: 'Category',
  type: 'Type',
};

/** Every filter the user can set; plain and serialisable (it lives in the URL). */
export interface Filters {
  /** Selected values per facet, as display labels (any spelling works); matched through the dataset's LabelFold. */
  themes: string[];
  keywords: string[];
  category: string[];
  type: string[];
  /** When true, a brief must carry every selected theme (resp. keyword); otherwise any. */
  themesAll: boolean;
  keywordsAll: boolean;
  /** Row-level: a row passes when its relevancy is >= this; null = no limit. Rows without relevancy fail when set. */
  minRelevancy: number | null;
  /** Brief-level, inclusive, ISO yyyy-mm-dd; briefs without a date fail when either bound is set. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Row-level search (see parseSearch): its words match at word starts, case-insensitively, in the row's cells or its brief's title/summary. */
  text: string;
}

export const EMPTY_FILTERS: Filters = {
  themes: [],
  keywords: [],
  category: [],
  type: [],
  themesAll: false,
  keywordsAll: false,
  minRelevancy: null,
  dateFrom: null,
  dateTo: null,
  text: '',
};

export const VIEW_NAMES = ['briefs', 'signals', 'concerns', 'behaviors', 'technologies', 'issues'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface SortKey {
  column: string;
  desc: boolean;
}

export interface FacetCount {
  /** The group's key under the dataset's label fold. */
  key: string;
  /** Its most common spelling. */
  label: string;
  count: number;
  /** Every spelling of the group, most common first (just the label for a value written one way). */
  spellings: readonly string[];
}

export interface QueryResult {
  /** Briefs view: ids of briefs passing brief-level filters and, when a row-level filter is set, with at least one matching row. */
  briefIds: Uint32Array;
  /** Per kind: global row ids (see CorpusIndex.rows) passing brief-level and row-level filters, in index order. */
  rowIds: Record<EntryKind, Uint32Array>;
  /** Per facet: values with the number of briefs (counted as briefIds is) matching every other active filter, by count desc then label. */
  facets: Record<FacetName, FacetCount[]>;
}
