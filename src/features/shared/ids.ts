/** The main search box; the app focuses it when "/" is pressed. */
export const SEARCH_INPUT_ID = 'trendscope-search';

/** The filters sidebar, which the app can collapse. */
export const SIDEBAR_ID = 'trendscope-filters';

/** The results (view tabs and table, or the charts), where the skip link leads. */
export const RESULTS_ID = 'trendscope-results';
