/** Reading the built site in dist/ for checks that need every page. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const DIST = process.env['WEGWIJZER_DIST'] ?? 'dist';

export function htmlFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The path a file is served at: `nl/zorg/index.html` → `/nl/zorg/`. */
export function servedPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function isServed(sitePath: string): boolean {
  const file = path.join(DIST, sitePath);
  if (sitePath.endsWith('/')) return existsSync(path.join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

export function read(file: string): string {
  return readFileSync(path.join(DIST, file), 'utf8');
}
