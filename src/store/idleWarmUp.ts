import type { CorpusIndex } from '../core/query/corpusIndex';
import { warmUpSteps } from '../core/query/warmUp';

let currentIndex: CorpusIndex | null = null;

/** Runs the index's warm-up steps one per idle period; a newer dataset cancels the older one's. */
export function warmUpWhenIdle(index: CorpusIndex): void {
  currentIndex = index;
  const steps = warmUpSteps(index);
  const runNext = () => {
    if (currentIndex !== index) return;
    steps.shift()?.();
    if (steps.length > 0) whenIdle(runNext);
  };
  whenIdle(runNext);
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 50);
}
