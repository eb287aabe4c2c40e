import type { ProgressStream } from './progressBar';

/** What a CLI run touches besides files: injected so that tests can run it in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
  /** Milliseconds, for the run time in the summary only (never in any output file). */
  now(): number;
}

/** Writes the message to stderr and gives the exit code back. */
export function fail(io: CliIo, message: string, code: number): number {
  io.stderr.write(`${message}\n`);
  return code;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
