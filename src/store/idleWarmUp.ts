import type { CorpusIndex } from '../core/query/corpusIndex';
import { createQueryEngine } from '../core/query/queryEngine';
import { sortIds } from '../core/query/sortIds';
import { EMPTY_FILTERS } from '../core/query/types';
import { warmUpSteps } from '../core/query/warmUp';

let currentIndex: CorpusIndex | null = null;

/** Idle time left in which another step may start: steps are short, but not free. */
const STEP_START_MS = 8;
/**
 * Steps start within this long of an idle period's start: a click that comes meanwhile waits for
 * the step under way, so a period is kept short even when the browser offers 50 ms.
 */
const IDLE_SLICE_MS = 25;

/**
 * Runs the index's warm-up steps in idle periods, as many per period as fit, then `rehearse` (an
 * update like a click's, which the user does not see); a newer dataset cancels the older one's.
 * No deadline is set: forced to run, a step could land in the middle of an interaction.
 */
export function warmUpWhenIdle(index: CorpusIndex, rehearse: () => void): void {
  currentIndex = index;
  const steps = (function* () {
    yield* warmUpSteps(index);
    yield* primingSteps(index);
    yield rehearse;
  })();
  const runSteps = (deadline: IdleDeadline) => {
    if (currentIndex !== index) return;
    const started = performance.now();
    do {
      const step = steps.next();
      if (step.done === true) return;
      step.value();
    } while (deadline.timeRemaining() > STEP_START_MS && performance.now() - started < IDLE_SLICE_MS);
    whenIdle(runSteps);
  };
  whenIdle(runSteps);
}

const NO_TIME_LEFT: IdleDeadline = { didTimeout: false, timeRemaining: () => 0 };

function whenIdle(callback: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback);
  else setTimeout(() => callback(NO_TIME_LEFT), 50);
}

/**
 * Queries with a text typed, on a throwaway engine (the app's own keeps its caches), then every
 * Signals row sorted both ways, each a step: the browser has compiled that code before the first
 * keystroke or sort rather than during it. (The rehearsal that follows runs a theme's query.)
 */
function primingSteps(index: CorpusIndex): (() => void)[] {
  const engine = createQueryEngine(index);
  const dateFrom = newestBriefsFrom(index);
  const signals = () => Uint32Array.from({ length: index.rows.signals.count }, (_, id) => id);
  return [
    ...['th', 'the'].map((text) => () => void engine.run({ ...EMPTY_FILTERS, text, dateFrom })),
    ...[true, false].map(
      (desc) => () => void sortIds(index, 'signals', signals(), [{ column: 'relevancy', desc }]),
    ),
  ];
}

/**
 * A priming query looks at the newest briefs only, about this many: it compiles the same code, and
 * at 30,000 briefs a query over all of them took 80-150 ms, one idle step that a click could wait for.
 */
const PRIMING_BRIEFS = 3000;

/** The dateFrom that keeps the newest PRIMING_BRIEFS dated briefs; null when there are no more. */
export function newestBriefsFrom(index: CorpusIndex): string | null {
  const dates = index.briefDate.filter((date) => date >= 0).sort();
  return dates.length > PRIMING_BRIEFS ? isoDate(dates[dates.length - PRIMING_BRIEFS]!) : null;
}

/** yyyy-mm-dd of a yyyymmdd number. */
function isoDate(yyyymmdd: number): string {
  const digits = String(yyyymmdd);
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}
