/** Known versions of the Dutch texts (content/versions.json, written by `npm run content:stamp`). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageKey } from '../lib/source-items';
import { versionNumber, type VersionHistory } from '../lib/translation-status';
import { contentDir } from './content-dir';
import type { Route } from './pages';

let history: VersionHistory | undefined;

export function versionHistory(): VersionHistory {
  history ??= JSON.parse(readFileSync(path.join(contentDir, 'versions.json'), 'utf8')) as VersionHistory;
  return history;
}

/**
 * The version a page shows: for Dutch, the current version of its text; for a translation, the
 * version of the Dutch text it was made from.
 */
export function pageVersion(route: Route): { number: number; isTranslation: boolean } | undefined {
  const translation = route.entry.data.translation;
  const hash = translation && route.state !== 'missing' ? translation.sourceHash : route.sourceHash;
  const number = versionNumber(versionHistory(), pageKey(route.slug), hash);
  return number === undefined ? undefined : { number, isTranslation: Boolean(translation) && route.state !== 'missing' };
}
