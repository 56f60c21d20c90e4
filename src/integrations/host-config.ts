/**
 * Build steps for static hosts: a `404.html` per language (many hosts look for that file name;
 * Astro writes `<locale>/404/index.html`), and, once every other file exists, a `_headers` file
 * with the security and caching headers.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serialiseHeadersFile } from '../lib/headers-file';
import { headerRules } from '../lib/security-headers';
import type { LocaleConfig } from '../lib/types';
import { listFiles } from './files';

export async function copyNotFoundPages(distDir: string, locales: readonly LocaleConfig[]): Promise<void> {
  for (const locale of locales) {
    await copyFile(path.join(distDir, locale.code, '404', 'index.html'), path.join(distDir, locale.code, '404.html'));
  }
}

export async function writeHeadersFile(distDir: string, locales: readonly LocaleConfig[]): Promise<void> {
  const rules = headerRules(await listFiles(distDir), locales.map((l) => l.code));
  await writeFile(
    path.join(distDir, '_headers'),
    serialiseHeadersFile(rules, 'Security and caching headers for static hosts (Netlify, Cloudflare Pages and similar).\nGenerated at build time from src/lib/security-headers.ts: do not edit.'),
  );
}
