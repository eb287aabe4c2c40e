import { plural } from '../format/formatCount';

/**
 * What hovering a facet value says: its label, and when its group holds other spellings, the
 * briefs counted under all of them and the spellings
 * (`AI: 30 briefs under any of its spellings: AI, artificial intelligence, ai`).
 */
export function groupTitle(label: string, spellings: readonly string[], briefs: number): string {
  if (spellings.length < 2) return label;
  return `${label}: ${plural(briefs, 'brief')} under any of its spellings: ${spellings.join(', ')}`;
}
