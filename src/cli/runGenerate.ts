import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateBriefs } from '../core/generate/generateBriefs';
import { fail, messageOf, type CliIo } from './cliIo';
import { plural } from '../core/format/formatCount';
import { formatMegabytes, formatSeconds } from './format';
import { GENERATE_USAGE, parseGenerateArgs } from './generateArgs';

/** Names the generator writes; only these are removed from the folder before a new run. */
const GENERATED_FILE = /^demo-s\d+-\d+\.md$/;

/**
 * `npm run generate`: writes synthetic briefs into a folder. Files left there by an earlier run are
 * removed first, so the folder holds exactly this corpus. Returns the exit code.
 */
export function runGenerate(argv: readonly string[], io: CliIo): number {
  const started = io.now();
  const options = parseGenerateArgs(argv);
  if (!options.ok) return fail(io, `${options.reason}\n${GENERATE_USAGE}`, 2);
  const { briefs, seed, out } = options.value;
  let bytes = 0;
  let removed = 0;
  try {
    mkdirSync(out, { recursive: true });
    for (const name of readdirSync(out)) {
      if (!GENERATED_FILE.test(name)) continue;
      rmSync(join(out, name));
      removed++;
    }
    for (const brief of generateBriefs({ briefs, seed })) {
      writeFileSync(join(out, brief.file), brief.text);
      bytes += Buffer.byteLength(brief.text);
    }
  } catch (error) {
    return fail(io, `cannot write into ${out}: ${messageOf(error)} - choose another --out folder`, 1);
  }
  const replaced = removed > 0 ? `, replacing ${plural(removed, 'earlier file')}` : '';
  io.stdout.write(
    `Generated ${plural(briefs, 'brief')} (${formatMegabytes(bytes)}, seed ${seed}) in ${out} in ${formatSeconds(io.now() - started)}${replaced}\n`,
  );
  return 0;
}
