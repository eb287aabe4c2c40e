/** FileSaver.js's figure: some browsers read the object URL after the click handler returns. */
const REVOKE_AFTER_MS = 40_000;

/** Saves a Blob under `fileName` through a temporary <a download>; its object URL is revoked afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
