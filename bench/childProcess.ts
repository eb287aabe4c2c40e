import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

export interface ChildRun {
  ms: number;
  stdout: string;
}

/**
 * Runs the package.json script `name` with `args` appended, as `npm run <name> -- <args>` does,
 * but through sh directly: npm's own start-up (about 0.3 s) is not the project's to measure.
 */
export function spawnScript(name: string, args: readonly string[]): SpawnSyncReturns<string> {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no script "${name}"`);
  return spawnSync('sh', ['-c', `${script} "$@"`, name, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
  });
}

/** spawnScript, timed; throws with the script's stderr when it fails. */
export function runScript(name: string, args: readonly string[]): ChildRun {
  const start = performance.now();
  const child = spawnScript(name, args);
  const ms = performance.now() - start;
  if (child.error !== undefined) throw child.error;
  if (child.status !== 0) {
    throw new Error(
      `npm run ${name} -- ${args.join(' ')} exited with ${child.status}:\n${child.stderr.trim()}`,
    );
  }
  return { ms, stdout: child.stdout };
}
