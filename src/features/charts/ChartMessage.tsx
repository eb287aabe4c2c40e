import { formatCount } from '../../core/format/formatCount';

/** Says why a chart shows nothing (or too little to draw), in place of the chart. */
export function ChartMessage({ children }: { children: string }) {
  return (
    <p className="chart-message" role="status" data-chart-text="">
      {children}
    </p>
  );
}

/** Says how many briefs dated after today the time charts leave out. */
export function FutureNote({ count }: { count: number }) {
  return (
    <p className="chart-note" data-chart-text="">
      {`${formatCount(count)} matching ${count === 1 ? 'brief is' : 'briefs are'} dated after today and left out.`}
    </p>
  );
}
