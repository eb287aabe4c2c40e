import type { Brief, EntryKind } from '../model/types';

export type BriefCounts = Record<EntryKind | 'keywords' | 'themes' | 'related', number>;

/** What a brief holds, for summaries such as the ingest CLI's. */
export function countBrief(brief: Brief): BriefCounts {
  return {
    signals: brief.signals.length,
    concerns: brief.concerns.length,
    behaviors: brief.behaviors.length,
    technologies: brief.technologies.length,
    issues: brief.issues.length,
    keywords: brief.keywords.length,
    themes: brief.themes.length,
    related: brief.related.length,
  };
}
