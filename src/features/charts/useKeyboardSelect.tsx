import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useActiveTooltipDataPoints } from 'recharts';

/** Inside a chart: keeps `activeRef` on the data point the tooltip shows (moved by the arrow keys). */
function ActivePointTracker({ activeRef }: { activeRef: RefObject<unknown> }) {
  const points = useActiveTooltipDataPoints();
  const active = points?.[0];
  useEffect(() => {
    activeRef.current = active;
  }, [active, activeRef]);
  return null;
}

/**
 * Enter (or Space) on a focused Recharts chart does what a click on its highlighted mark does:
 * Recharts moves the highlight with the arrow keys but gives no way to act on it. Render `tracker`
 * inside the chart and put `onKeyDown` on an element around it.
 */
export function useKeyboardSelect<Point>(onSelect: (point: Point) => void) {
  const activeRef = useRef<unknown>(undefined);
  function onKeyDown(event: KeyboardEvent) {
    if ((event.key !== 'Enter' && event.key !== ' ') || activeRef.current === undefined) return;
    event.preventDefault();
    onSelect(activeRef.current as Point);
  }
  return { tracker: <ActivePointTracker activeRef={activeRef} />, onKeyDown };
}
