let countFormat: Intl.NumberFormat | null = null;

/**
 * "12,345", as Intl.NumberFormat('en-US') writes it. Whole counts are grouped here: the first use
 * of Intl loads its locale data (25 ms of every ingest run), each later call costs far more than
 * this, and the sidebar writes dozens of counts on every click.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) {
    countFormat ??= new Intl.NumberFormat('en-US');
    return countFormat.format(count);
  }
  const digits = String(count);
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}

/** "1 brief", "1,234 briefs". */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${count === 1 ? noun : `${noun}s`}`;
}
