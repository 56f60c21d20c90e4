/**
 * Offline packs: which built files a reader stores when they save their language, which files
 * every visitor's phone keeps (the small core), and what an update must fetch. The service worker
 * and the build step share these rules.
 */
export interface PackFile {
  url: string;
  /** Content fingerprint: a file is fetched again only when this changes. */
  rev: string;
  /** Bytes over the network (compressed where the server compresses). */
  size: number;
}

export interface PackManifest {
  build: string;
  locale: string;
  bytes: number;
  files: PackFile[];
}

/** Not part of a saved language: bilingual views are opened on demand, and offline needs no 404 page. */
const NOT_IN_PACK = /^[^/]+\/(tweetalig\/|404\/|404\.html$)/;

/**
 * The files of one language: its pages, and its Pagefind index. Pagefind's entry file lists each
 * index under its language key (`nl`, `pt-br`) with a `hash` naming the meta file
 * (`pagefind.<hash>.pf_meta`); chunks are named `<language key>_<chunk hash>`; the engine is
 * `wasm.<lang>.pagefind`, or `wasm.unknown.pagefind` for languages Pagefind does not stem.
 */
export function packFileNames(
  files: readonly string[],
  localeCode: string,
  pagefind: { key: string; hash: string; wasm: string | null } | undefined,
): string[] {
  const pages = files.filter((f) => f.startsWith(`${localeCode}/`) && f.endsWith('.html') && !NOT_IN_PACK.test(f));
  if (!pagefind) return pages;
  const chunk = new RegExp(`^pagefind/(index|fragment|filter)/${pagefind.key.replace(/[^a-z0-9-]/g, '')}_[^/]+$`);
  const search = files.filter(
    (f) => f === `pagefind/pagefind.${pagefind.hash}.pf_meta` || f === `pagefind/wasm.${pagefind.wasm ?? 'unknown'}.pagefind` || chunk.test(f),
  );
  return [...pages, ...search];
}

/** Files every visitor's phone keeps after the first visit: styles, scripts, search runtime, offline pages. */
export function coreFileNames(files: readonly string[], localeCodes: readonly string[]): string[] {
  return files.filter(
    (f) =>
      /^_astro\/.+\.(css|js)$/.test(f) ||
      ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json'].includes(f) ||
      localeCodes.some((code) => f === `${code}/geen-internet/index.html` || f === `${code}/manifest.webmanifest`) ||
      /^icons\/.+\.(png|svg)$/.test(f),
  );
}

/** The URL a built file is served at: `nl/zorg/index.html` → `/nl/zorg/`. */
export function fileUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** What an update needs: files to copy from the previous version's cache, and files to fetch. */
export function planUpdate(previous: readonly PackFile[] | undefined, next: readonly PackFile[]): { copy: string[]; fetch: string[] } {
  const old = new Map(previous?.map((f) => [f.url, f.rev]) ?? []);
  const copy: string[] = [];
  const fetchList: string[] = [];
  for (const file of next) (old.get(file.url) === file.rev ? copy : fetchList).push(file.url);
  return { copy, fetch: fetchList };
}

/** "1.2 MB" in the reader's language. */
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/**
 * A page served from the phone's storage instead of the network says so: the service worker marks
 * the <html> element, and the page's own CSS then shows "you are looking at a saved version".
 */
export function markAsSaved(html: string, savedAt: string): string {
  return html.replace(/<html(\s|>)/i, `<html data-saved-at="${savedAt.replace(/[^0-9TZ:.-]/g, '')}"$1`);
}
