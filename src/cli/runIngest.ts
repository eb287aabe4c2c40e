import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { assignUniqueIds, compareBriefs, datasetStats } from '../core/dataset/buildDataset';
import {
  serializeBrief,
  serializedDatasetParts,
  type SerializedBrief,
} from '../core/dataset/serializeDataset';
import type { Result } from '../core/model/types';
import { countBrief } from '../core/parse/countBrief';
import { parseBrief } from '../core/parse/parseBrief';
import { fail, messageOf, type CliIo } from './cliIo';
import { INGEST_USAGE, parseIngestArgs } from './ingestArgs';
import { formatIngestSummary, formatReport, type IngestedBrief, type IngestSummary } from './ingestSummary';
import { createProgress } from './progressBar';
import { decodeText, noteReplacedBytes } from '../core/import/decodeText';
import { collectInputs, type InputFile, type Skip } from './readInputs';
import { SurfaceForms } from '../core/topics/terms';
import { findTopicsIn, topicSourceOf, type TopicSource } from '../core/topics/topicModel';

/**
 * A brief is kept serialized from the moment it is parsed (see SerializedBrief), with what the
 * topic model reads of it.
 */
type ReadBrief = SerializedBrief & IngestedBrief & { topicSource: TopicSource };
type Outcome = { brief: ReadBrief } | { skip: Skip };

/**
 * `npm run ingest`: reads the briefs, writes the canonical JSON and prints a summary.
 * Returns the exit code: 0 when the dataset was written, 1 when it could not be, 2 on bad arguments.
 */
export function runIngest(argv: readonly string[], io: CliIo, defaultToday: string): number {
  const started = io.now();
  const options = parseIngestArgs(argv, defaultToday);
  if (!options.ok) return fail(io, `${options.reason}\n${INGEST_USAGE}`, 2);
  const { inputs, out, report, today, topicCount } = options.value;
  const collected = collectInputs(inputs);
  if (!collected.ok) return fail(io, collected.reason, 1);
  const { files, unreadable, ignored } = collected.value;
  const entries = files.length + unreadable.length;
  if (entries === 0) {
    return fail(io, `no .md or .txt files in ${inputs.join(', ')} - give a folder of .md/.txt briefs`, 1);
  }

  const outcomes: Outcome[] = unreadable.map((skip) => ({ skip }));
  let bytes = 0;
  const progress = createProgress(io.stderr, files.length, 'reading briefs');
  const surface = new SurfaceForms();
  files.forEach((input, done) => {
    progress.update(done);
    const read = readBrief(input, today, surface);
    bytes += read.bytes;
    outcomes.push(read.outcome);
  });
  progress.finish();

  const uniqueBriefs = assignUniqueIds(
    outcomes.flatMap((outcome) => ('brief' in outcome ? [outcome.brief] : [])),
  );
  let next = 0;
  const finalOutcomes = outcomes.map((outcome) =>
    'brief' in outcome ? { brief: uniqueBriefs[next++]! } : outcome,
  );
  const briefs = uniqueBriefs.sort(compareBriefs);
  const skipped = finalOutcomes.flatMap((outcome) => ('skip' in outcome ? [outcome.skip] : []));
  const summary: IngestSummary = {
    files: entries,
    ignored,
    bytes,
    milliseconds: 0,
    briefs,
    skipped,
    out,
    outBytes: 0,
    report,
  };

  if (report !== null) {
    const written = writeParts(report, [formatReport(finalOutcomes)]);
    if (!written.ok)
      return fail(
        io,
        `cannot write the report ${report}: ${written.reason} - choose another --report path`,
        1,
      );
  }
  if (briefs.length === 0) {
    summary.milliseconds = io.now() - started;
    io.stdout.write(formatIngestSummary(summary));
    return fail(io, `no brief found in ${inputs.join(', ')} - give a folder of .md/.txt trend briefs`, 1);
  }
  const model = findTopicsIn(
    briefs.map((brief) => brief.topicSource),
    surface,
    topicCount === null ? {} : { topicCount },
  );
  briefs.forEach((brief, i) => (brief.topics = model.briefTopics[i]!));
  const stats = datasetStats(briefs, { files: entries, skipped: skipped.length });
  const written = writeParts(out, serializedDatasetParts(briefs, model.topics, stats));
  if (!written.ok) return fail(io, `cannot write ${out}: ${written.reason} - choose another --out path`, 1);
  summary.outBytes = written.value;
  summary.milliseconds = io.now() - started;
  io.stdout.write(formatIngestSummary(summary));
  return 0;
}

/** One buffer for every file, grown as needed: a fresh Buffer per file costs more than reading it. */
let readBuffer = Buffer.allocUnsafe(1 << 16);

/** The file's bytes, valid until the next call. */
function readBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) {
        const larger = Buffer.allocUnsafe(2 * readBuffer.length);
        readBuffer.copy(larger, 0, 0, length);
        readBuffer = larger;
      }
      const read = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (read === 0) return readBuffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

function readBrief(
  input: InputFile,
  today: string,
  surface: SurfaceForms,
): { bytes: number; outcome: Outcome } {
  let content: Uint8Array;
  try {
    content = readBytes(input.path);
  } catch (error) {
    return { bytes: 0, outcome: { skip: { file: input.file, reason: `cannot read: ${messageOf(error)}` } } };
  }
  const skip = (reason: string) => ({
    bytes: content.length,
    outcome: { skip: { file: input.file, reason } },
  });
  const decoded = decodeText(content);
  if (!decoded.ok) return skip(decoded.reason);
  const parsed = parseBrief(decoded.value.text, input.file, { today });
  if (!parsed.ok) return skip(parsed.reason);
  const brief = parsed.value;
  noteReplacedBytes(brief, decoded.value.replaced);
  return {
    bytes: content.length,
    outcome: {
      brief: {
        ...serializeBrief(brief),
        counts: countBrief(brief),
        topicSource: topicSourceOf(brief, surface),
      },
    },
  };
}

/** Parts are encoded into one buffer of this size and written when it fills: a system call per brief costs more than encoding it. */
const WRITE_CHUNK = 1 << 20;

/** Creates the parent folders, writes the parts in order; gives the bytes written. */
function writeParts(path: string, parts: Iterable<string>): Result<number> {
  let fd: number | null = null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'w');
    const buffer = Buffer.allocUnsafe(WRITE_CHUNK);
    let filled = 0;
    let bytes = 0;
    for (const part of parts) {
      if (filled + 3 * part.length > WRITE_CHUNK) {
        bytes += writeAll(fd, buffer.subarray(0, filled));
        filled = 0;
      }
      if (3 * part.length > WRITE_CHUNK) bytes += writeAll(fd, Buffer.from(part));
      else filled += buffer.write(part, filled);
    }
    bytes += writeAll(fd, buffer.subarray(0, filled));
    return { ok: true, value: bytes };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes every byte: a write may take fewer than it is given. */
function writeAll(fd: number, bytes: Uint8Array): number {
  for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
  return bytes.length;
}
