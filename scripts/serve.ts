/**
 * A static file server for the built site, for `npm start`, the tests and the benchmark:
 *   tsx scripts/serve.ts [dir] [--port 4321] [--latency ms] [--bandwidth bytes-per-second] [--no-headers] [--fast]
 * It serves directory indexes, the nearest locale's 404 page, the headers of `<dir>/_headers`,
 * brotli or gzip when the browser accepts it, and can slow every response down like a bad
 * mobile connection (a delay per request and one shared bandwidth limit). Compression is the
 * strongest (what a host that precompresses sends) unless --fast: the tests load thousands of
 * pages once each, and there the strongest brotli costs more time than loading the page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /\.(html|css|js|mjs|json|webmanifest|svg|txt|xml)$/;

export interface ServeOptions {
  root: string;
  port?: number;
  /** Extra delay before each response, in milliseconds. */
  latency?: number;
  /** Shared bandwidth limit for all responses, in bytes per second. */
  bandwidth?: number;
  /** Apply `<root>/_headers` (default true). */
  headers?: boolean;
  /** Quick compression instead of the strongest. */
  fast?: boolean;
}

export async function serve(options: ServeOptions): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const root = path.resolve(options.root);
  const headersPath = path.join(root, '_headers');
  const rules: HeaderRule[] = options.headers !== false && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  // Files are read once and kept, until they change on disk (the update test edits a build).
  const cache = new Map<string, { mtime: number; body: Buffer }>();
  let bandwidthFreeAt = 0;

  const resolveFile = (urlPath: string): string | undefined => {
    const safe = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
    const candidate = path.join(root, safe);
    if (!candidate.startsWith(root)) return undefined;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let status = 200;
    let file = resolveFile(url.pathname);
    if (file && file.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file) {
      status = 404;
      const locale = url.pathname.split('/')[1] ?? '';
      file = [path.join(root, locale, '404.html'), path.join(root, '404.html')].find((f) => locale && existsSync(f)) ?? path.join(root, '404.html');
    }
    const extension = path.extname(file);
    const mtime = statSync(file).mtimeMs;
    let body = cache.get(file)?.mtime === mtime ? cache.get(file)!.body : await readFile(file);
    cache.set(file, { mtime, body });
    const headers: Record<string, string> = { 'Content-Type': TYPES[extension] ?? 'application/octet-stream', ...headersFor(rules, url.pathname) };
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.test(file)) {
      headers['Vary'] = 'Accept-Encoding';
      if (accept.includes('br')) {
        body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: options.fast ? 4 : 11 } });
        headers['Content-Encoding'] = 'br';
      } else if (accept.includes('gzip')) {
        body = gzipSync(body, { level: options.fast ? 4 : 9 });
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = String(body.length);
    const send = () => res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    if (!options.latency && !options.bandwidth) {
      send();
      return;
    }
    // Throttling: wait for the round trip, then for this response's share of the bandwidth.
    const start = Date.now() + (options.latency ?? 0);
    const transfer = options.bandwidth ? (body.length / options.bandwidth) * 1000 : 0;
    bandwidthFreeAt = Math.max(bandwidthFreeAt, start) + transfer;
    setTimeout(send, bandwidthFreeAt - Date.now());
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? undefined : Number(args[i + 1]);
  };
  const valueFlags = ['--port', '--latency', '--bandwidth'];
  const root = args.find((a, i) => !a.startsWith('--') && !valueFlags.includes(args[i - 1] ?? '')) ?? 'dist';
  const { url } = await serve({
    root,
    port: option('port') ?? 4321,
    ...(option('latency') ? { latency: option('latency')! } : {}),
    ...(option('bandwidth') ? { bandwidth: option('bandwidth')! } : {}),
    headers: !args.includes('--no-headers'),
    fast: args.includes('--fast'),
  });
  console.log(`Wegwijzer is served at ${url}/ (from ${root}). Stop with Ctrl+C.`);
}
