/**
 * Build step: the Pagefind search index, through Pagefind's Node API, after Astro has written the
 * pages. Pagefind makes one index per <html lang>. Only pages with `data-pagefind-body` are indexed
 * (the article itself; headers, notices and footers are not). Arabic and Dari pages are
 * letter-folded first, the same way the search box folds queries (src/lib/search-normalise.ts).
 * Any Pagefind error fails the build: a site without search must not ship silently.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { needsSearchNormalising, normaliseForSearch } from '../lib/search-normalise';
import { listFiles } from './files';

function fail(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  fail('setup', errors);
  if (!index) throw new Error('Pagefind did not create an index.');
  let pages = 0;
  try {
    for (const file of await listFiles(distDir, (f) => f.endsWith('.html'))) {
      let html = await readFile(path.join(distDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
      if (needsSearchNormalising(lang)) html = normaliseForSearch(html, lang);
      const added = await index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: html });
      fail(`indexing ${file}`, added.errors);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    fail('writing files', written.errors);
    // Pagefind also writes its ready-made UIs; we use our own, so they must not ship.
    for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
      await rm(path.join(distDir, 'pagefind', unused), { force: true });
    }
  } finally {
    await pagefind.close();
  }
  return { pages };
}
