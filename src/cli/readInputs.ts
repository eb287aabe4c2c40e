import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, join, sep } from 'node:path';
import type { Result } from '../core/model/types';
import { messageOf } from './cliIo';

export interface InputFile {
  /** Where to read it. */
  path: string;
  /** As recorded in the dataset: relative to the folder given, with `/`; a file given directly: its base name. */
  file: string;
}

export interface Skip {
  file: string;
  reason: string;
}

export interface Inputs {
  files: InputFile[];
  /** Folders that could not be listed: the run goes on without them. */
  unreadable: Skip[];
  /** Files in the folders that are not .md/.txt. */
  ignored: number;
}

const BRIEF_FILE = /\.(md|txt)$/i;

/**
 * Lists the files to read: folders walked recursively in code-unit order of names (so every run
 * reads the same files in the same order), hidden entries (`.git`, `.DS_Store`) left out, only
 * .md/.txt kept; files named directly are kept whatever their extension.
 */
export function collectInputs(inputs: readonly string[]): Result<Inputs> {
  const collected: Inputs = { files: [], unreadable: [], ignored: 0 };
  for (const input of inputs) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      return { ok: false, reason: `no such folder: ${input} - give a folder of .md/.txt briefs` };
    }
    if (isDirectory) walk(input, '', collected);
    else collected.files.push({ path: input, file: basename(input) });
  }
  return { ok: true, value: collected };
}

function walk(folder: string, relative: string, collected: Inputs): void {
  const directory = join(folder, relative);
  // Joined once per folder: path.join for every file was half the time of the walk.
  const prefix = directory.endsWith(sep) ? directory : `${directory}${sep}`;
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    collected.unreadable.push({
      file: `${relative || '.'}/`,
      reason: `cannot list folder: ${messageOf(error)}`,
    });
    return;
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort(byName);
  for (const entry of names) {
    const file = relative === '' ? entry.name : `${relative}/${entry.name}`;
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) walk(folder, file, collected);
    else if (!BRIEF_FILE.test(entry.name)) collected.ignored++;
    else if (entry.isFile() || isLinkToFile(path)) collected.files.push({ path, file });
  }
}

/** Symbolic links are followed to files only, so a link cycle cannot trap the walk. */
function isLinkToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function byName(a: Dirent, b: Dirent): number {
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
}
