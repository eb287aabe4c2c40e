/** The main search box; the app focuses it when "/" is pressed. */
export const SEARCH_INPUT_ID = 'trendscope-search';
