import type { Brief, Result } from '../model/types';

/**
 * Parses one brief's text. `file` is the path as read, relative to the ingest root;
 * the brief id is its base name without extension. Never throws.
 */
export function parseBrief(text: string, file: string): Result<Brief> {
  void text;
  return { ok: false, reason: `not a brief: parser not implemented yet (${file})` };
}
