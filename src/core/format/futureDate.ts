/** True when an ISO yyyy-mm-dd date lies after `today` (also yyyy-mm-dd): most often a mistyped page id. */
export function isFutureDate(date: string | null, today: string): boolean {
  return date !== null && date > today;
}
