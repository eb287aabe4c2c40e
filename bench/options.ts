import { parseArgs } from 'node:util';
import type { Result } from '../src/core/model/types';
import { CORPUS_KINDS, type CorpusKind, type Group } from './measurement';

export interface BenchOptions {
  sizes: number[];
  /** The kinds of corpus measured at each size. */
  corpora: CorpusKind[];
  /** The groups to measure, in run order. */
  groups: Group[];
}

export const DEFAULT_SIZES = [3000, 30000];
export const BENCH_USAGE =
  'usage: npm run bench -- [--only node|browser|ingest|bundle] [--sizes 3000,30000] [--corpora synthetic,real]';

/** `--only` names the engine group "node": it measures the query engine in Node. */
const ONLY_GROUPS: Record<string, Group> = {
  ingest: 'ingest',
  node: 'engine',
  browser: 'browser',
  bundle: 'bundle',
};
const ALL_GROUPS: Group[] = ['ingest', 'engine', 'bundle', 'browser'];

export function parseBenchArgs(argv: readonly string[]): Result<BenchOptions> {
  let values: { only?: string[]; sizes?: string[]; corpora?: string[] };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string', multiple: true },
        sizes: { type: 'string', multiple: true },
        corpora: { type: 'string', multiple: true },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const only = (values.only ?? []).flatMap((value) => value.split(','));
  const unknown = only.find((name) => !(name in ONLY_GROUPS));
  if (unknown !== undefined)
    return { ok: false, reason: `--only expects node, browser, ingest or bundle, got "${unknown}"` };
  const chosen = new Set(only.map((name) => ONLY_GROUPS[name]!));
  const groups = chosen.size === 0 ? ALL_GROUPS : ALL_GROUPS.filter((group) => chosen.has(group));

  const kinds = (values.corpora ?? []).flatMap((value) => value.split(','));
  const unknownKind = kinds.find((kind) => !(CORPUS_KINDS as readonly string[]).includes(kind));
  if (unknownKind !== undefined)
    return { ok: false, reason: `--corpora expects synthetic or real, got "${unknownKind}"` };
  const corpora = CORPUS_KINDS.filter((kind) => kinds.length === 0 || kinds.includes(kind));

  const sizeTexts = (values.sizes ?? []).flatMap((value) => value.split(','));
  const badSize = sizeTexts.find((text) => !/^[1-9]\d*$/.test(text.replaceAll('_', '')));
  if (badSize !== undefined)
    return { ok: false, reason: `--sizes expects whole numbers of briefs, got "${badSize}"` };
  const sizes =
    sizeTexts.length === 0
      ? DEFAULT_SIZES
      : [...new Set(sizeTexts.map((text) => Number(text.replaceAll('_', ''))))];
  return { ok: true, value: { sizes: sizes.sort((a, b) => a - b), corpora, groups } };
}
