/**
 * Wegwijzer's service worker. The build step (src/integrations/service-worker.ts) bundles this
 * file and puts the build's manifest in front of it as `WEGWIJZER`.
 *
 * - Core (styles, scripts, search runtime, the offline page of every language) is stored on install.
 * - Pages: network first, with a short timeout; the stored copy when the network fails, marked as
 *   saved; otherwise the "no internet" page of the reader's language.
 * - Styles, scripts and the search index: from storage first (their names change when they change).
 * - Saved languages: stored on request, updated file by file when a new version installs. A new
 *   version waits until the reader accepts the reload, and only when every saved file is ready.
 */
/// <reference lib="webworker" />
import { markAsSaved, planUpdate, type PackFile, type PackManifest } from '../lib/offline';

interface BuildManifest {
  build: string;
  core: PackFile[];
  locales: string[];
}
declare const WEGWIJZER: BuildManifest;
declare const self: ServiceWorkerGlobalScope;

const CORE = `core-${WEGWIJZER.build}`;
const PACK_PREFIX = 'pack-';
const packName = (locale: string, build = WEGWIJZER.build) => `${PACK_PREFIX}${locale}-${build}`;
/** Pages and files a reader opened, kept across versions so visited pages open offline. */
const VISITED = 'visited';
const NETWORK_TIMEOUT_MS = 3500;
const SAVED_AT = 'x-wegwijzer-saved-at';
/** Where a core cache keeps the list of its files, to reuse unchanged ones on the next update. */
const CORE_MANIFEST = '/__wegwijzer/core.json';

/** Store a response with the moment it was stored, so a page shown offline can say how old it is. */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  // The body is already decoded: the server's encoding and length no longer describe it.
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.set(SAVED_AT, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function fetchFresh(url: string): Promise<Response> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return stamped(response);
}

/**
 * The languages this phone has saved, with the pack cache to read from: this version's pack if it
 * is there, else an older version's pack (until this version installs and replaces it).
 */
async function savedLocales(): Promise<Map<string, string>> {
  const saved = new Map<string, string>();
  for (const name of await caches.keys()) {
    const match = /^pack-(.+)-([^-]+)$/.exec(name);
    if (!match || !WEGWIJZER.locales.includes(match[1]!)) continue;
    if (!saved.has(match[1]!) || match[2] === WEGWIJZER.build) saved.set(match[1]!, name);
  }
  return saved;
}

/**
 * Fill `target` with `files`: copy the ones whose fingerprint is unchanged from the previous
 * version's cache, fetch the rest. The manifest goes in last: a cache without it is incomplete.
 * Throws when anything fails, so a broken update never replaces a complete older version.
 */
async function fillCache(
  target: Cache,
  manifestKey: string,
  manifest: Response,
  files: PackFile[],
  previous: Cache | undefined,
  report: (done: number, total: number) => void = () => {},
): Promise<void> {
  const previousFiles = ((await (await previous?.match(manifestKey))?.json()) as { files: PackFile[] } | undefined)?.files;
  const plan = planUpdate(previousFiles, files);
  const total = plan.copy.length + plan.fetch.length;
  let done = 0;
  for (const url of plan.copy) {
    const old = await previous?.match(url);
    await target.put(url, old ?? (await fetchFresh(url)));
    report(++done, total);
  }
  // A few downloads at a time: fast on Wi-Fi, gentle on a weak phone.
  const queue = [...plan.fetch];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        await target.put(url, await fetchFresh(url));
        report(++done, total);
      }
    }),
  );
  await target.put(manifestKey, await stamped(manifest));
}

/** Store (or update) one saved language. */
async function storePack(locale: string, report?: (done: number, total: number) => void): Promise<void> {
  const manifestUrl = `/offline/${locale}.json`;
  const response = await fetch(manifestUrl, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${manifestUrl}: ${response.status}`);
  const manifest = (await response.clone().json()) as PackManifest;
  const previousName = (await savedLocales()).get(locale);
  const previous = previousName ? await caches.open(previousName) : undefined;
  await fillCache(await caches.open(packName(locale, manifest.build)), manifestUrl, response, manifest.files, previous, report);
}

/** Store this version's core, reusing unchanged files of the previous version. */
async function storeCore(): Promise<void> {
  const previousName = (await caches.keys()).find((name) => name.startsWith('core-') && name !== CORE);
  const previous = previousName ? await caches.open(previousName) : undefined;
  const manifest = new Response(JSON.stringify({ files: WEGWIJZER.core }), { headers: { 'content-type': 'application/json' } });
  await fillCache(await caches.open(CORE), CORE_MANIFEST, manifest, WEGWIJZER.core, previous);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await storeCore();
      // Saved languages are brought up to date before this version may take over.
      for (const locale of (await savedLocales()).keys()) await storePack(locale);
    })(),
  );
});

// Old versions' caches go only now, when this version takes over: until then the old version may
// still need them.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        const outdated = (name.startsWith('core-') && name !== CORE) || (name.startsWith(PACK_PREFIX) && !name.endsWith(`-${WEGWIJZER.build}`));
        if (outdated) await caches.delete(name);
      }
      // The search index of an older version does not fit this version's search runtime.
      const visited = await caches.open(VISITED);
      for (const request of await visited.keys()) if (new URL(request.url).pathname.startsWith('/pagefind/')) await visited.delete(request);
      await self.clients.claim();
      // The pages open right now were loaded before this worker could store them: store them now,
      // so even the very first page a reader opened works offline.
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        const url = new URL(client.url);
        if (url.origin !== self.location.origin || (await visited.match(url.pathname))) continue;
        await fetchFresh(url.pathname)
          .then((response) => visited.put(url.pathname, response))
          .catch(() => undefined);
      }
    })(),
  );
});

/** A stored response, looked up in this version's core, then saved languages, then visited pages. */
async function fromStorage(request: Request | string): Promise<Response | undefined> {
  const options = { ignoreSearch: true, ignoreVary: true };
  const packs = [...(await savedLocales()).values()].filter((name) => name.endsWith(`-${WEGWIJZER.build}`));
  for (const name of [CORE, ...packs, VISITED]) {
    const found = await (await caches.open(name)).match(request, options);
    if (found) return found;
  }
  return undefined;
}

function localeOf(url: URL): string {
  const first = url.pathname.split('/')[1] ?? '';
  return WEGWIJZER.locales.includes(first) ? first : WEGWIJZER.locales[0]!;
}

/** A stored page, marked so it tells the reader it is a saved copy and when it was saved. */
async function savedCopy(response: Response): Promise<Response> {
  const savedAt = response.headers.get(SAVED_AT) ?? '';
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(markAsSaved(await response.text(), savedAt), { status: 200, headers });
}

async function handleNavigation(event: FetchEvent): Promise<Response> {
  const url = new URL(event.request.url);
  const network = fetch(event.request).then(async (response) => {
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      const copy = await stamped(response.clone());
      event.waitUntil(caches.open(VISITED).then((cache) => cache.put(event.request, copy)));
    }
    return response;
  });
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // Offline, or the server did not answer: fall through to the stored copy.
  }
  const stored = await fromStorage(event.request);
  if (stored) return savedCopy(stored);
  try {
    // Slow, not offline: keep waiting for the network rather than showing "no internet".
    return await network;
  } catch {
    const offline = await fromStorage(`/${localeOf(url)}/geen-internet/`);
    return offline ? savedCopy(offline) : Response.error();
  }
}

async function handleAsset(request: Request): Promise<Response> {
  const stored = await fromStorage(request);
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    void caches.open(VISITED).then((cache) => cache.put(request, copy));
  }
  return response;
}

/** Pagefind's entry file names the current index: ask the network first, then this version's copy. */
async function handleSearchEntry(request: Request): Promise<Response> {
  try {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) return response;
  } catch {
    // Offline: the stored entry file, whatever its ?ts= tag.
  }
  return (await fromStorage(request)) ?? Response.error();
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(handleNavigation(event));
  else if (url.pathname === '/pagefind/pagefind-entry.json') event.respondWith(handleSearchEntry(request));
  else if (/^\/(_astro|pagefind|icons)\//.test(url.pathname)) event.respondWith(handleAsset(request));
});

type Message = { type: 'save'; locale: string } | { type: 'remove'; locale: string } | { type: 'status'; locale: string } | { type: 'skip-waiting' };

self.addEventListener('message', (event) => {
  const message = event.data as Message;
  const reply = (data: Record<string, unknown>) => (event.source as Client | null)?.postMessage(data);
  if (message.type === 'skip-waiting') {
    void self.skipWaiting();
    return;
  }
  if (!WEGWIJZER.locales.includes(message.locale)) return;
  event.waitUntil(
    (async () => {
      if (message.type === 'save') {
        try {
          await storePack(message.locale, (done, total) => reply({ type: 'progress', locale: message.locale, done, total }));
          reply({ type: 'saved', locale: message.locale, savedAt: new Date().toISOString() });
        } catch (error) {
          reply({ type: 'failed', locale: message.locale, error: String(error) });
        }
      } else if (message.type === 'remove') {
        for (const name of await caches.keys()) if (name.startsWith(`${PACK_PREFIX}${message.locale}-`)) await caches.delete(name);
        reply({ type: 'removed', locale: message.locale });
      } else {
        const name = (await savedLocales()).get(message.locale);
        const manifest = name ? await (await caches.open(name)).match(`/offline/${message.locale}.json`) : undefined;
        reply({ type: 'status', locale: message.locale, saved: Boolean(manifest), savedAt: manifest?.headers.get(SAVED_AT) ?? '' });
      }
    })(),
  );
});
