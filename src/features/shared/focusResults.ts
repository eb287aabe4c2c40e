import { RESULTS_ID } from './ids';

/**
 * Moves focus to the results: the table's first row (the row Tab would reach when the table was
 * scrolled), else the results area itself (charts, no rows). For the skip link and Enter in Search.
 */
export function focusResults(): void {
  const results = document.getElementById(RESULTS_ID);
  if (results === null) return;
  const row =
    results.querySelector<HTMLElement>('[role="grid"] [role="row"][aria-rowindex="2"]') ??
    results.querySelector<HTMLElement>('[role="grid"] [role="row"][tabindex="0"]');
  (row ?? results).focus();
}
