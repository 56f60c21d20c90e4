/**
 * Records the current version of every Dutch text in content/versions.json, and prints the
 * fingerprints translators copy into `translation.sourceHash`:
 *   npm run content:stamp            record changed texts, print a table
 *   npm run content:stamp -- --json  print { key: hash } only (for tools)
 * Run it after you change a Dutch page, glossary term, organisation text or change entry.
 * Translations that still record an older fingerprint then show readers "outdated".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { locales, sourceLocale } from '../src/config';
import { currentSourceHashes } from '../src/lib/source-files';
import { stampHistory, type VersionHistory } from '../src/lib/translation-status';

const contentDir = process.env['WEGWIJZER_CONTENT_DIR'] ?? 'content';
const versionsFile = `${contentDir}/versions.json`;
const current = currentSourceHashes(contentDir, sourceLocale);
const before = JSON.parse(readFileSync(versionsFile, 'utf8')) as VersionHistory;
const after = stampHistory(before, current, new Date().toISOString().slice(0, 10));
writeFileSync(versionsFile, `${JSON.stringify(after, null, 2)}\n`);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(current, null, 2));
} else {
  const changed = Object.keys(current).filter((key) => before[key]?.at(-1)?.hash !== current[key]);
  for (const [key, hash] of Object.entries(current)) console.log(`${hash}  v${after[key]!.length}  ${key}`);
  console.log(`\n${Object.keys(current).length} Dutch texts, ${changed.length} new version(s) recorded in ${versionsFile}.`);
  console.log(`Locales: ${locales.map((l) => l.code).join(', ')}. Copy a hash into a translation's sourceHash when it matches that Dutch text.`);
}
