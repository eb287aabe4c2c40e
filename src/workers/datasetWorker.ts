import { createDatasetTextSplitter } from '../core/dataset/splitDatasetText';
import { openDataset, readChunks, readFailure } from '../features/loading/openDataset';
import type { DatasetReply, DatasetRequest } from './datasetProtocol';

// Downloads a dataset and cuts its text into batches of briefs as the bytes arrive, so the page
// parses each batch while the rest is still coming, and never decodes or holds the whole text.

function reply(message: DatasetReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

let resumePage = () => {};
/** Resolves when the page has painted the first batch. */
const pagePainted = new Promise<void>((resolve) => (resumePage = resolve));

self.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  const request = event.data;
  if (request.type === 'resume') resumePage();
  else void stream(request.url, request.label);
});

async function stream(url: string, label: string): Promise<void> {
  const opened = await openDataset(url, label);
  if (!opened.ok) {
    reply({ type: 'failed', failure: opened.failure });
    return;
  }
  const splitter = createDatasetTextSplitter();
  let firstBatchSent = false;
  let painted = false;
  void pagePainted.then(() => (painted = true));
  const split = (bytes: Uint8Array) => {
    for (const batch of splitter.push(bytes)) {
      reply({ type: 'briefs', bytes: batch }, [batch.buffer]);
      firstBatchSent = true;
    }
  };
  // Once the first batch is out, later bytes are only kept until the page has painted it: the
  // download goes on, but scanning would take CPU the first paint needs (on two cores, half of it).
  const held: Uint8Array[] = [];
  const take = (bytes: Uint8Array) => {
    if (firstBatchSent && !painted) {
      held.push(bytes);
      return;
    }
    for (const earlier of held.splice(0)) split(earlier);
    split(bytes);
  };
  try {
    await readChunks(opened.response, take, (progress) => reply({ type: 'progress', ...progress }));
    if (firstBatchSent) await pagePainted;
    for (const earlier of held.splice(0)) split(earlier);
  } catch (error) {
    reply({ type: 'failed', failure: readFailure(label, error) });
    return;
  }
  const end = splitter.finish();
  if (end === null) {
    reply({ type: 'unsplit' });
    return;
  }
  reply({ type: 'done', header: end.header, split: end.split });
}
