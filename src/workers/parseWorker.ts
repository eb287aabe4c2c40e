import { assembleImport, readSource, refusedSource, type SourceRead } from '../core/import/assembleImport';
import { classifyFile, isBriefInFolder } from '../core/import/fileKind';
import type { OfferedFile, ParseReply, ParseRequest } from './parseProtocol';

/** At most one progress message per this many milliseconds (plus the last one), so the page is not flooded. */
const PROGRESS_INTERVAL_MS = 50;

function reply(message: ParseReply): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  parse(event.data).then(reply, (error: unknown) =>
    reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) }),
  );
});

/** Files read at once: reading one after another would wait on the disk for each in turn. */
const READ_AHEAD = 32;

/** Reads every file (oversized ones are refused by size before a byte is read), then assembles the import. */
async function parse({ files, today }: ParseRequest): Promise<ParseReply> {
  const reads: SourceRead[] = [];
  const ignored: string[] = [];
  let reported = -Infinity;
  for (let start = 0; start < files.length; start += READ_AHEAD) {
    const batch = files.slice(start, start + READ_AHEAD);
    const read: OfferedFile[] = [];
    for (const offered of batch) {
      if (offered.inFolder && !isBriefInFolder(offered.path)) ignored.push(offered.path);
      else read.push(offered);
    }
    reads.push(...(await Promise.all(read.map(({ file, path }) => readOne(file, path, today)))));
    const done = start + batch.length;
    const now = performance.now();
    if (now - reported >= PROGRESS_INTERVAL_MS || done === files.length) {
      reported = now;
      reply({ type: 'progress', done, total: files.length, file: batch.at(-1)!.path });
    }
  }
  return { type: 'done', outcome: assembleImport(reads, ignored) };
}

async function readOne(file: File, path: string, today: string): Promise<SourceRead> {
  const kind = classifyFile(path, file.size);
  if (!kind.ok) return refusedSource(path, kind.reason);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refusedSource(
      path,
      `could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return readSource(path, kind.value, bytes, { today });
}
