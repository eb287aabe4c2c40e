import { localDateISO } from '../../core/export/exportFileName';
import { isFutureDate } from '../../core/format/futureDate';

/**
 * A brief's date; one dated after today is marked (a warning sign, a colour, and words for screen
 * readers and on hover), so that it is not taken for the newest brief: the real corpus has page ids
 * such as 20290911.
 */
export function DateText({ date, className }: { date: string; className?: string }) {
  if (!isFutureDate(date, localDateISO(new Date()))) return <span className={className}>{date}</span>;
  return (
    <span
      className={`${className ?? ''} future-date`.trim()}
      title={`${date} is after today: probably a mistyped page id`}
      data-future-date=""
    >
      <span aria-hidden="true">⚠ </span>
      {date}
      <span className="visually-hidden"> (dated after today)</span>
    </span>
  );
}
