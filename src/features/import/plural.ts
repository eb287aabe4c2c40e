import { formatCount } from '../../core/format/formatCount';

/** "1 brief", "1,234 briefs". */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${count === 1 ? noun : `${noun}s`}`;
}
