/**
 * Build step: in every page of a language written in another script than Latin (Arabic, Dari,
 * Tigrinya, Ukrainian), mark the Dutch words in the text as Dutch (`src/lib/foreign-words.ts`).
 * It runs on the finished pages, so it covers page text, directory and glossary texts and UI
 * strings alike, and before the search index and the offline files are made from them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { markLatinRuns } from '../lib/foreign-words';
import type { LocaleConfig } from '../lib/types';
import { listFiles } from './files';

export async function markDutchWords(distDir: string, locales: readonly LocaleConfig[], sourceLang: string): Promise<number> {
  const otherScripts = locales.filter((l) => l.script !== 'Latn');
  const options = { otherScripts: new Map(otherScripts.map((l) => [l.lang, l.dir])), runLang: sourceLang };
  // Bilingual pages and the review sheets hold other languages too: every HTML file is checked.
  const files = await listFiles(distDir, (f) => f.endsWith('.html'));
  let changed = 0;
  for (const file of files) {
    const full = path.join(distDir, file);
    const html = await readFile(full, 'utf8');
    const marked = markLatinRuns(html, options);
    if (marked !== html) {
      await writeFile(full, marked);
      changed += 1;
    }
  }
  return changed;
}
