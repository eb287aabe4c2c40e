import { createDatasetTextSplitter } from '../core/dataset/splitDatasetText';
import { openDataset, readChunks, readFailure } from '../features/loading/openDataset';
import type { DatasetReply, DatasetRequest } from './datasetProtocol';

/**
 * Downloads a dataset and cuts its text into batches of briefs as the bytes arrive, so the page
 * parses each batch while the rest is still coming, and never decodes or holds the whole text.
 */
function reply(message: DatasetReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  void stream(event.data);
});

async function stream({ url, label }: DatasetRequest): Promise<void> {
  const opened = await openDataset(url, label);
  if (!opened.ok) {
    reply({ type: 'failed', failure: opened.failure });
    return;
  }
  const splitter = createDatasetTextSplitter();
  try {
    await readChunks(
      opened.response,
      (bytes) => {
        for (const batch of splitter.push(bytes)) reply({ type: 'briefs', bytes: batch }, [batch.buffer]);
      },
      (progress) => reply({ type: 'progress', ...progress }),
    );
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
