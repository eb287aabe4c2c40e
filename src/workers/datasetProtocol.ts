import type { Progress } from '../features/loading/openDataset';
import type { LoadFailure } from '../store/types';

export type DatasetRequest =
  | {
      type: 'load';
      /** Absolute: a worker resolves relative addresses against its own script. */
      url: string;
      /** The address as the user gave it, for messages. */
      label: string;
    }
  /** The page has painted the first batch: the worker may go on cutting batches. */
  | { type: 'resume' };

export type DatasetReply =
  | ({ type: 'progress' } & Progress)
  /** The UTF-8 bytes of a JSON array of briefs, in dataset order. */
  | { type: 'briefs'; bytes: Uint8Array }
  /** The document without its briefs (`"briefs":[]` when `split`, else the whole document). */
  | { type: 'done'; header: string; split: boolean }
  /** The text is not one well-formed JSON value: reading it whole names the problem. */
  | { type: 'unsplit' }
  | { type: 'failed'; failure: LoadFailure };
