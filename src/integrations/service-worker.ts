/**
 * Build step: offline manifests (`/offline/<locale>.json`: every file of a language with its
 * fingerprint and download size) and the service worker (`/sw.js`). The build id is derived from
 * the fingerprints, so a rebuild without changes gives an identical sw.js, and no page carries a
 * build id: an update changes only the files that really changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { coreFileNames, fileUrl, packFileNames, type PackFile, type PackManifest } from '../lib/offline';
import type { LocaleConfig } from '../lib/types';
import { listFiles } from './files';

const COMPRESSIBLE = /\.(html|css|js|json|svg|webmanifest|txt)$/;

async function describe(distDir: string, file: string): Promise<PackFile> {
  const bytes = await readFile(path.join(distDir, file));
  // Brotli at quality 9 estimates what a reader downloads; quality 11 would take many times longer.
  const size = COMPRESSIBLE.test(file) ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length : bytes.length;
  return { url: fileUrl(file), rev: createHash('sha256').update(bytes).digest('hex').slice(0, 12), size };
}

export async function buildOfflineFiles(distDir: string, locales: readonly LocaleConfig[]): Promise<{ build: string; packs: PackManifest[] }> {
  const files = await listFiles(distDir);
  const entry = JSON.parse(await readFile(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const core = await Promise.all(coreFileNames(files, locales.map((l) => l.code)).map((f) => describe(distDir, f)));
  const packFiles = await Promise.all(
    locales.map(async (locale) => {
      const key = locale.lang.toLowerCase();
      const search = entry.languages[key];
      if (!search) throw new Error(`Pagefind made no search index for ${locale.code} (lang ${locale.lang}). Does every page of that locale have <html lang="${locale.lang}">?`);
      const packed = packFileNames(files, locale.code, { key, ...search });
      if (!packed.some((f) => f.startsWith('pagefind/index/'))) throw new Error(`The offline pack of ${locale.code} has no search index chunks.`);
      return Promise.all(packed.map((f) => describe(distDir, f)));
    }),
  );
  const buildId = createHash('sha256')
    .update(JSON.stringify([core, packFiles]))
    .digest('hex')
    .slice(0, 10);
  const packs = locales.map((locale, i) => {
    const list = packFiles[i]!;
    return { build: buildId, locale: locale.code, bytes: list.reduce((sum, f) => sum + f.size, 0), files: list };
  });

  await mkdir(path.join(distDir, 'offline'), { recursive: true });
  for (const pack of packs) await writeFile(path.join(distDir, 'offline', `${pack.locale}.json`), JSON.stringify(pack));

  const worker = await build({
    entryPoints: [fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    define: { WEGWIJZER: JSON.stringify({ build: buildId, core, locales: locales.map((l) => l.code) }) },
  });
  await writeFile(path.join(distDir, 'sw.js'), worker.outputFiles[0]!.text);
  return { build: buildId, packs };
}
