/**
 * The security and caching headers of the site, in one place. The build writes them as a
 * `_headers` file (Netlify, Cloudflare Pages and similar), `npm run deploy:config` as an nginx
 * server block, and every page carries the Content-Security-Policy as a <meta> element for hosts
 * where headers cannot be set.
 */
import type { HeaderRule } from './headers-file';

/**
 * Only this site's own files. WebAssembly ('wasm-unsafe-eval') is allowed only for Pagefind's
 * search worker, not for pages. No inline scripts or styles anywhere, so no hashes are needed.
 * `frame-ancestors` is ignored in a <meta> policy, so it is left out there.
 */
export function contentSecurityPolicy(options: { wasm: boolean; meta: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(options.meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}

/** Headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  // Nothing on this site needs the camera, location, microphone, payments or similar.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'browsing-topics=()',
    'camera=()',
    'display-capture=()',
    'encrypted-media=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'publickey-credentials-get=()',
    'usb=()',
    'xr-spatial-tracking=()',
  ].join(', '),
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const ICONS = 'public, max-age=604800';

/**
 * `_headers` rules for a build. `files` are the built files (relative paths). Each header is set
 * by at most one rule for any path: some hosts join duplicate headers, which would turn two
 * Content-Security-Policies into one stricter one.
 */
export function headerRules(files: readonly string[], localeCodes: readonly string[]): HeaderRule[] {
  const pagePolicy = { 'Content-Security-Policy': contentSecurityPolicy({ wasm: false, meta: false }) };
  const pageRule = (pattern: string): HeaderRule => ({ pattern, headers: { ...pagePolicy, 'Cache-Control': REVALIDATE } });
  const pagefindFiles = files.filter((f) => /^pagefind\/[^/]+$/.test(f));
  return [
    { pattern: '/*', headers: { ...SECURITY_HEADERS } },
    // Pages and the service worker: this site only, always revalidated so news reaches readers.
    pageRule('/'),
    pageRule('/index.html'),
    pageRule('/404.html'),
    ...localeCodes.map((code) => pageRule(`/${code}/*`)),
    pageRule('/beoordelen/*'),
    pageRule('/sw.js'),
    { pattern: '/offline/*', headers: { 'Cache-Control': REVALIDATE } },
    // Fingerprinted names: cache for a year.
    { pattern: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
    // Pagefind: its worker may compile WebAssembly. Index chunks have fingerprinted names.
    { pattern: '/pagefind/*', headers: { 'Content-Security-Policy': contentSecurityPolicy({ wasm: true, meta: false }) } },
    ...['index', 'fragment', 'filter'].map((dir) => ({ pattern: `/pagefind/${dir}/*`, headers: { 'Cache-Control': IMMUTABLE } })),
    ...pagefindFiles.map((f) => ({ pattern: `/${f}`, headers: { 'Cache-Control': f.endsWith('.pf_meta') ? IMMUTABLE : REVALIDATE } })),
    { pattern: '/icons/*', headers: { 'Cache-Control': ICONS } },
  ];
}
