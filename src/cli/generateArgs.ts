import type { Result } from '../core/model/types';
import { readArgs, readWholeNumber } from './cliArgs';

export interface GenerateCliOptions {
  briefs: number;
  seed: number;
  out: string;
}

export const GENERATE_USAGE = 'usage: npm run generate -- --briefs N [--seed S] --out FOLDER';
export const DEFAULT_SEED = 1;
const MAX_SEED = 0xffff_ffff;

export function parseGenerateArgs(argv: readonly string[]): Result<GenerateCliOptions> {
  const args = readArgs(argv, ['briefs', 'seed', 'out']);
  if (!args.ok) return args;
  const { values, positionals } = args.value;
  if (positionals.length > 0) return { ok: false, reason: `unexpected argument "${positionals[0]}"` };
  if (values.briefs === undefined) return { ok: false, reason: '--briefs N is required' };
  if (values.out === undefined) return { ok: false, reason: '--out FOLDER is required' };
  const briefs = readWholeNumber(values.briefs, '--briefs', 1);
  if (!briefs.ok) return briefs;
  const seed = values.seed === undefined ? null : readWholeNumber(values.seed, '--seed', 0, MAX_SEED);
  if (seed && !seed.ok) return seed;
  return { ok: true, value: { briefs: briefs.value, seed: seed?.value ?? DEFAULT_SEED, out: values.out } };
}
