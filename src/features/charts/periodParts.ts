import { FACET_LABELS, FACET_NAMES } from '../../core/query/types';

/** Every facet, as the choices of What's new and Compare periods. */
export const FACET_CHOICES = FACET_NAMES.map((facet) => ({ value: facet, label: FACET_LABELS[facet] }));

/** A share 0..1 as a percentage with one decimal. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
