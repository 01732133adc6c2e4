import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types of the files a Vite build of the renderer holds. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Headers of every response: the join URL carries the room token, so no page may send it on as
 * a Referer; nothing is sniffed or framed.
 */
export const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/**
 * Serves the built web app (dist/renderer) from `root`: GET and HEAD only, no path outside the
 * folder, `/` and unknown extension-less paths answered with index.html (never cached: it names
 * the hashed assets of the current build).
 */
export async function serveStatic(
  root: string | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed');
    return;
  }
  if (!root) {
    send(response, 503, 'The web app is not built: run `npm run build:renderer` first.');
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(response, 400, 'Bad request');
    return;
  }
  const base = normalize(root + sep);
  let file = normalize(join(base, pathname));
  if (!file.startsWith(base) || pathname.includes('\0')) {
    send(response, 404, 'Not found');
    return;
  }
  let facts = await stat(file).catch(() => null);
  if (facts?.isDirectory() || (!facts && extname(pathname) === '')) {
    file = join(base, 'index.html');
    facts = await stat(file).catch(() => null);
  }
  if (!facts?.isFile()) {
    send(response, facts === null && file.endsWith('index.html') ? 503 : 404, 'Not found');
    return;
  }
  const isIndex = file.endsWith('index.html');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': facts.size,
    'Cache-Control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
