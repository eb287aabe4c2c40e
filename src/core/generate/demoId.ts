/**
 * Generated briefs (and only they) have ids starting with `demo-`: the app labels a dataset whose
 * ids all do as demo data. Kept apart from the generator so the app can import it without the
 * generator's vocabulary.
 */
const DEMO_ID_PREFIX = 'demo-';

export function isDemoId(id: string): boolean {
  return id.startsWith(DEMO_ID_PREFIX);
}

/** `demo-s42-00007`: seed and 1-based index, zero-padded to 5 digits. */
export function demoId(seed: number, index: number): string {
  return `${DEMO_ID_PREFIX}s${seed}-${String(index).padStart(5, '0')}`;
}
