import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { COLUMN_WIDTH_LIMITS, clampColumnWidth } from '../../core/url/columnParams';

/** Pixels one arrow key press widens or narrows a column by. */
const KEY_STEP = 16;

interface ColumnResizerProps {
  label: string;
  /** The width the user gave the column, if any. */
  width: number | undefined;
  /** The column's width on screen now (reads the layout: only on a drag or a key). */
  measure: () => number;
  /** While dragging: the width to show, not yet kept; null when a drag ends having changed nothing. */
  onDrag: (width: number | null) => void;
  /** The width to keep (end of a drag, arrow key), or null for the default width (double-click, Delete). */
  onResize: (width: number | null) => void;
}

/** The grip on a header's right edge: drag it, or focus it and use the arrow keys; double-click resets. */
export function ColumnResizer({ label, width, measure, onDrag, onResize }: ColumnResizerProps) {
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null);
  // A column keeps its default, flexible width until resized: measured when the grip is focused.
  const [measured, setMeasured] = useState<number>(COLUMN_WIDTH_LIMITS.min);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const startWidth = measure();
    drag.current = { startX: event.clientX, startWidth, width: startWidth };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    if (current === null) return;
    current.width = clampColumnWidth(current.startWidth + event.clientX - current.startX);
    onDrag(current.width);
  }

  function onPointerUp() {
    const current = drag.current;
    drag.current = null;
    if (current === null) return;
    if (current.width === current.startWidth) onDrag(null);
    else onResize(current.width);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowLeft: -KEY_STEP, ArrowRight: KEY_STEP }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      onResize(clampColumnWidth(measure() + step));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onResize(null);
    }
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label}`}
      aria-valuemin={COLUMN_WIDTH_LIMITS.min}
      aria-valuemax={COLUMN_WIDTH_LIMITS.max}
      aria-valuenow={Math.round(width ?? measured)}
      title="Drag to resize (arrow keys when focused); double-click for the default width"
      tabIndex={0}
      className="column-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onFocus={() => setMeasured(measure())}
      onDoubleClick={() => onResize(null)}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
