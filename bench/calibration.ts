import { median, timed } from './percentiles';

const VALUES = 200_000;
const REPEATS = 5;

/**
 * Milliseconds for a fixed CPU-bound job (sorting 200,000 pseudo-random numbers), median of five:
 * recorded at the start and end of a run so figures taken on a busy machine can be recognised.
 */
export function cpuCalibrationMs(): number {
  const times = Array.from({ length: REPEATS }, () => {
    let state = 12345;
    const values = Float64Array.from({ length: VALUES }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state;
    });
    return timed(() => values.sort()).ms;
  });
  return median(times);
}
