/** The identity of a facet value: values differing only in case or spacing are one. */
export function facetKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}
