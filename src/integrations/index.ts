/**
 * Wegwijzer's build steps after Astro has written the pages, in this order: search index, a 404
 * page per language, offline manifests and service worker, and last the `_headers` file (which
 * lists the final files). Each step fails the build on error.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { LocaleConfig } from '../lib/types';
import { copyNotFoundPages, writeHeadersFile } from './host-config';
import { buildSearchIndex } from './pagefind';
import { buildOfflineFiles } from './service-worker';

export function wegwijzerBuildSteps(options: { locales: readonly LocaleConfig[] }): AstroIntegration {
  return {
    name: 'wegwijzer-build-steps',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        let started = performance.now();
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
