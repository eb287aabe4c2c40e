import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

/** Serves the production build (dist/) on a free localhost port. */
export async function startPreviewServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root: resolve(import.meta.dirname, '../../..'),
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  return { url, close: () => server.close() };
}
