import type { Brief } from './types';

/** A brief with every list empty and every optional field null, to fill in field by field. */
export function emptyBrief(id: string, file: string): Brief {
  return {
    id,
    file,
    title: '',
    page: null,
    date: null,
    pageUrl: null,
    url: null,
    keywords: [],
    themes: [],
    category: null,
    type: null,
    summary: '',
    signals: [],
    concerns: [],
    behaviors: [],
    technologies: [],
    issues: [],
    related: [],
    topics: [],
    warnings: [],
  };
}
