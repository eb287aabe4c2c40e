export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  update(done: number): void;
  finish(): void;
}

/** Below this many files a run is too short for a progress bar to help. */
const MIN_FILES = 300;
const BAR_WIDTH = 30;

/** A one-line bar redrawn in place, on a terminal only (piped output stays clean). */
export function createProgress(stream: ProgressStream, total: number, label: string): Progress {
  if (!stream.isTTY || total <= MIN_FILES) return { update: () => {}, finish: () => {} };
  let drawnPercent = -1;
  return {
    update(done) {
      const percent = Math.floor((100 * done) / total);
      if (percent === drawnPercent) return;
      drawnPercent = percent;
      const filled = Math.round((BAR_WIDTH * done) / total);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${percent}%`,
      );
    },
    finish() {
      stream.write('\r\x1b[K');
    },
  };
}
