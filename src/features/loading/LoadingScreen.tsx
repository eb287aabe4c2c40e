import { useAppStore } from '../../store/store';
import { formatCount } from '../../core/format/formatCount';
import type { Progress } from './openDataset';
import './loading.css';

/** Full-screen progress while the dataset loads, or what went wrong and what to do. */
export function LoadingScreen() {
  const status = useAppStore((state) => state.loadStatus);
  if (status.phase === 'ready') return null;
  if (status.phase === 'failed') {
    const { title, detail, hint } = status.failure;
    return (
      <main className="load-screen">
        <div className="load-screen__card" role="alert">
          <h1>{title}</h1>
          <p>{detail}</p>
          <p className="load-screen__hint">
            <HintText text={hint} />
          </p>
        </div>
      </main>
    );
  }
  const { bytesRead, totalBytes } = status;
  const kilobytes = (bytes: number) => `${formatCount(Math.round(bytes / 1024))} KB`;
  return (
    <main className="load-screen">
      <div className="load-screen__card">
        <h1>Loading briefs…</h1>
        <DownloadProgress className="load-screen__progress" bytesRead={bytesRead} totalBytes={totalBytes} />
        <p className="muted">
          {totalBytes === null ? kilobytes(bytesRead) : `${kilobytes(bytesRead)} of ${kilobytes(totalBytes)}`}
        </p>
      </div>
    </main>
  );
}

/** A compact progress bar for the header while the first briefs are shown and the rest loads. */
export function LoadingProgress() {
  const status = useAppStore((state) => state.loadStatus);
  if (status.phase !== 'loading') return null;
  return (
    <p className="load-progress">
      <span>Loading the rest…</span>
      <DownloadProgress bytesRead={status.bytesRead} totalBytes={status.totalBytes} />
    </p>
  );
}

/** The download's progress bar; without a known size it shows activity only. */
function DownloadProgress({ className, bytesRead, totalBytes }: Progress & { className?: string }) {
  return (
    <progress
      className={className}
      aria-label="Loading dataset"
      max={totalBytes ?? undefined}
      value={totalBytes === null ? undefined : Math.min(bytesRead, totalBytes)}
    />
  );
}

/** Shows `code` spans written between backticks. */
function HintText({ text }: { text: string }) {
  return text
    .split('`')
    .map((part, position) => (position % 2 === 1 ? <code key={position}>{part}</code> : part));
}
