import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Serves folders over http on a free localhost port: each URL prefix ("/" last) maps to a folder.
 * Uncompressed, with Content-Length, as a plain static host would. `routes` answer exact paths
 * themselves (a test holding a response back, say).
 */
export async function startStaticServer(
  mounts: Record<string, string>,
  routes: Record<string, RouteHandler> = {},
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const route = routes[path];
    if (route !== undefined) {
      route(request, response);
      return;
    }
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    const root = prefix === undefined ? undefined : mounts[prefix];
    const relative = normalize(path.slice(prefix?.length ?? 0) || 'index.html');
    const file =
      root === undefined ? null : join(root, relative.endsWith(sep) ? `${relative}index.html` : relative);
    let size: number | null = null;
    try {
      if (file !== null && !relative.startsWith('..') && statSync(file).isFile()) size = statSync(file).size;
    } catch {
      size = null;
    }
    if (file === null || size === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file, { highWaterMark: 1 << 20 }).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
