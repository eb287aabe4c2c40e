const countFormat = new Intl.NumberFormat('en-US');

/**
 * "12,345", as Intl.NumberFormat('en-US') writes it. Whole counts are grouped here: the first call
 * to Intl's formatter costs milliseconds and each later one far more than this, and the sidebar
 * writes dozens of counts on every click.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) return countFormat.format(count);
  const digits = String(count);
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}
