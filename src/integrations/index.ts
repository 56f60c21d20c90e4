/**
 * Wegwijzer's build steps after Astro has written the pages, in this order: Dutch words marked
 * in pages of other scripts, search index, a 404 page per language, offline manifests and
 * service worker, and last the `_headers` file (which lists the final files). Each step fails the
 * build on error.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { LocaleConfig } from '../lib/types';
import { markDutchWords } from './foreign-words';
import { copyNotFoundPages, writeHeadersFile } from './host-config';
import { buildSearchIndex } from './pagefind';
import { buildOfflineFiles } from './service-worker';

export function wegwijzerBuildSteps(options: { locales: readonly LocaleConfig[]; sourceLocale: string }): AstroIntegration {
  const source = options.locales.find((l) => l.code === options.sourceLocale);
  if (!source) throw new Error(`src/config.ts: sourceLocale "${options.sourceLocale}" is not in the list of locales.`);
  return {
    name: 'wegwijzer-build-steps',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        let started = performance.now();
        const marked = await markDutchWords(distDir, options.locales, source.lang);
        logger.info(`Dutch words marked in ${marked} pages in ${Math.round(performance.now() - started)} ms.`);
        started = performance.now();
        const { pages } = await buildSearchIndex(distDir);
        logger.info(`Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms.`);
        await copyNotFoundPages(distDir, options.locales);
        started = performance.now();
        const { build, packs } = await buildOfflineFiles(distDir, options.locales);
        const sizes = packs.map((p) => `${p.locale} ${(p.bytes / 1e6).toFixed(2)} MB`).join(', ');
        logger.info(`Service worker ${build}; offline packs: ${sizes} (${Math.round(performance.now() - started)} ms).`);
        await writeHeadersFile(distDir, options.locales);
      },
    },
  };
}
