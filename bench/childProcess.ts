import { spawnSync } from 'node:child_process';
import { ROOT } from './paths';

export interface ChildRun {
  ms: number;
  stdout: string;
}

/** Runs a TypeScript entry point of the project through tsx, as `npm run <script>` does; throws with its stderr when it fails. */
export function runTsx(script: string, args: readonly string[]): ChildRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.error !== undefined) throw child.error;
  if (child.status !== 0) {
    throw new Error(`${script} ${args.join(' ')} exited with ${child.status}:\n${child.stderr.trim()}`);
  }
  return { ms, stdout: child.stdout };
}
