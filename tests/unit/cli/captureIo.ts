import type { CliIo } from '../../../src/cli/cliIo';

/** CLI streams that record what was written; the clock advances one second per reading. */
export function captureIo(isTTY = false) {
  const written = { stdout: '', stderr: '' };
  let clock = 0;
  const io: CliIo = {
    stdout: { write: (text: string) => (written.stdout += text) },
    stderr: { write: (text: string) => (written.stderr += text), isTTY },
    now: () => (clock += 1000),
  };
  return { io, written };
}
