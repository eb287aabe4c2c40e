import type { OfferedFile } from '../../workers/parseProtocol';

/** Files from a file chooser; from a folder chooser, named relative to the folder chosen (as ingest names them). */
export function offeredFromInput(files: FileList, fromFolder: boolean): OfferedFile[] {
  return [...files].map((file) => {
    const relative = file.webkitRelativePath;
    const path = fromFolder && relative !== '' ? relative.slice(relative.indexOf('/') + 1) : file.name;
    return { file, path, inFolder: fromFolder };
  });
}

/**
 * Files and folders dropped on the page, folders walked to the end. The entries must be taken
 * while the drop event runs (the browser empties the DataTransfer afterwards), hence the split
 * between this synchronous call and the walk it returns.
 */
export function collectDropped(dataTransfer: DataTransfer): Promise<OfferedFile[]> {
  const entries = [...dataTransfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Promise.resolve(
      [...dataTransfer.files].map((file) => ({ file, path: file.name, inFolder: false })),
    );
  }
  return Promise.all(entries.map((entry) => walk(entry!, null))).then((lists) => lists.flat());
}

/** `folder` is the full path of the dropped folder the entry is in; null for a file dropped as it is. */
async function walk(entry: FileSystemEntry, folder: string | null): Promise<OfferedFile[]> {
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    const path = folder === null ? file.name : entry.fullPath.slice(folder.length + 1);
    return [{ file, path, inFolder: folder !== null }];
  }
  if (!isDirectory(entry)) return [];
  const children = await readAllEntries(entry.createReader());
  const lists = await Promise.all(children.map((child) => walk(child, folder ?? entry.fullPath)));
  return lists.flat();
}

/** readEntries gives at most 100 entries per call; it is called until it gives none. */
async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
