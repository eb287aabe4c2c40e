import { parseArgs } from 'node:util';
import type { Result } from '../core/model/types';

export interface CliArgs {
  values: Partial<Record<string, string>>;
  positionals: string[];
}

/** `--name value` options (all strings) and positionals; unknown options and missing values are reasons. */
export function readArgs(argv: readonly string[], optionNames: readonly string[]): Result<CliArgs> {
  const options = Object.fromEntries(optionNames.map((name) => [name, { type: 'string' as const }]));
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
    });
    return { ok: true, value: { values: values as CliArgs['values'], positionals } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** A whole number in [minimum, maximum], or a reason naming the option. */
export function readWholeNumber(
  value: string,
  option: string,
  minimum: number,
  maximum = Number.MAX_SAFE_INTEGER,
): Result<number> {
  const number = /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < minimum || number > maximum) {
    const range = maximum === Number.MAX_SAFE_INTEGER ? `>= ${minimum}` : `from ${minimum} to ${maximum}`;
    return { ok: false, reason: `${option} expects a whole number ${range}, got "${value}"` };
  }
  return { ok: true, value: number };
}
