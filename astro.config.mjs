// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { locales, site, sourceLocale } from './src/config.ts';
import { wegwijzerBuildSteps } from './src/integrations/index.ts';
import { rehypeLocaleHeadingIds } from './src/integrations/rehype-heading-ids.ts';
import { remarkContent } from './src/integrations/remark-content.ts';
import { contentDir } from './src/site/content-dir.ts';

export default defineConfig({
  site: site.url,
  output: 'static',
  // Tests build fixture sites next to the real one: each build gets its own output and cache.
  outDir: process.env.WEGWIJZER_OUT_DIR ?? './dist',
  cacheDir: process.env.WEGWIJZER_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cacheable stylesheet instead of CSS copied into every page (offline packs stay small).
    inlineStylesheets: 'never',
  },
  // No prefetching, no telemetry, no dev toolbar: nothing may contact a third party.
  prefetch: false,
  devToolbar: { enabled: false },
  // The unified (remark) pipeline, because content needs our plugins: glossary links, checks on
  // <Term>/<Org> ids, and heading ids that cannot clash. MDX inherits it.
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkContent, { contentDir, sourceLocale }]],
      rehypePlugins: [[rehypeLocaleHeadingIds, { contentDir }]],
    }),
  },
  integrations: [mdx(), wegwijzerBuildSteps({ locales, sourceLocale })],
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files, so a strict Content-Security-Policy needs no inline hashes.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules carry an Astro directive that the bundler reports on every page; it is harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
