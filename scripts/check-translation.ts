/**
 * Checks one language's translations without building the site:
 *   npm run check:translation -- ar
 * - every Dutch page has a translation, with title, one-sentence summary, keywords and a
 *   `translation` block whose sourceHash is a known version of the Dutch text;
 * - the MDX parses, and keeps the Dutch page's components, organisation and term ids and links;
 * - glossary, directory and changes translations are complete, with known fingerprints;
 * - the UI strings have every key and plural form, and the same placeholders.
 * Prints every problem with its file; exits with 1 when there is one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { locales, sourceLocale } from '../src/config';
import { checkUiStrings } from '../src/lib/i18n';
import { getLocale } from '../src/lib/locales';
import { mdxTextBlocks } from '../src/lib/mdx-text';
import { currentSourceHashes, recordedTranslations, splitFrontmatter } from '../src/lib/source-files';
import type { VersionHistory } from '../src/lib/translation-status';

const code = process.argv[2];
if (!code) throw new Error('Usage: npm run check:translation -- <locale code>');
const locale = getLocale(locales, code);
const contentDir = process.env['WEGWIJZER_CONTENT_DIR'] ?? 'content';
const problems: string[] = [];
const problem = (file: string, message: string) => problems.push(`${file}: ${message}`);

const current = currentSourceHashes(contentDir, sourceLocale);
const history = JSON.parse(readFileSync(path.join(contentDir, 'versions.json'), 'utf8')) as VersionHistory;
const recorded = recordedTranslations(contentDir, [code]);
let outdated = 0;
for (const translation of recorded) {
  const known = history[translation.key]?.some((v) => v.hash === translation.sourceHash);
  if (!known) problem(translation.file, `${translation.key}: sourceHash ${translation.sourceHash} is not a known version of the Dutch text. Fix: copy it from \`npm run content:stamp\`.`);
  else if (current[translation.key] !== translation.sourceHash) outdated += 1;
}

/** What must survive translation: components with their ids, and link targets. */
function skeleton(body: string): string[] {
  const ids = [...body.matchAll(/<(Org|Term|Steps|Step|Warning|Inset)\b(?:[^>]*?\bid="([^"]+)")?/g)].map((m) => `<${m[1]}${m[2] ? ` ${m[2]}` : ''}>`);
  const links = [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => `link ${m[1]}`);
  return [...ids, ...links].sort();
}

const dutchDir = path.join(contentDir, sourceLocale);
const dutchPages = Object.keys(current).filter((k) => k.startsWith('page:')).map((k) => k.slice(5));
for (const slug of dutchPages) {
  const file = path.join(contentDir, code, `${slug}.mdx`);
  if (!existsSync(file)) {
    problem(file, 'missing: translate the Dutch page of the same name.');
    continue;
  }
  const text = readFileSync(file, 'utf8');
  const { data, body } = splitFrontmatter(text);
  for (const field of ['title', 'summary', 'keywords', 'translation']) if (data[field] === undefined) problem(file, `${field} is missing.`);
  for (const field of ['topic', 'sources', 'lastChecked', 'organisations', 'kind', 'audience', 'order', 'review']) {
    if (data[field] !== undefined) problem(file, `remove \`${field}\`: translations take it from the Dutch page.`);
  }
  const translation = data['translation'] as { method?: string; review?: string } | undefined;
  if (translation && !['machine', 'human'].includes(String(translation.method))) problem(file, 'translation.method must be machine or human.');
  if (!Array.isArray(data['keywords']) || data['keywords'].length < 3) problem(file, 'keywords needs at least 3 everyday words in this language.');
  if (/[.!?።؟]\s+\S/.test(String(data['summary'] ?? '').trim())) problem(file, 'summary must be one sentence.');
  try {
    mdxTextBlocks(text);
  } catch (error) {
    problem(file, `the MDX does not parse: ${String(error)}`);
  }
  const dutch = splitFrontmatter(readFileSync(path.join(dutchDir, `${slug}.mdx`), 'utf8')).body;
  const want = skeleton(dutch);
  const have = skeleton(body);
  if (want.join('|') !== have.join('|')) {
    const missing = want.filter((x) => !have.includes(x));
    const extra = have.filter((x) => !want.includes(x));
    problem(file, `components or links differ from the Dutch page. Missing: ${missing.join(', ') || '-'}. Extra: ${extra.join(', ') || '-'}.`);
  }
}

const dataFiles = [
  ['glossary.yaml', 'terms', 'term:'],
  ['directory.yaml', 'organisations', 'org:'],
  ['changes.yaml', 'changes', 'change:'],
] as const;
for (const [name, field, prefix] of dataFiles) {
  const file = path.join(contentDir, code, name);
  if (!existsSync(file)) {
    problem(file, 'missing.');
    continue;
  }
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (!data['translation']) problem(file, 'the `translation: { method: machine, review: unchecked }` block is missing.');
  const items = (data[field] ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(current).filter((k) => k.startsWith(prefix))) {
    if (!items[key.slice(prefix.length)]) problem(file, `${field}.${key.slice(prefix.length)} is missing.`);
  }
}

const uiFile = `locales/${code}.json`;
if (!existsSync(uiFile)) problem(uiFile, 'missing: translate locales/nl.json.');
else {
  const result = checkUiStrings(JSON.parse(readFileSync(`locales/${sourceLocale}.json`, 'utf8')), JSON.parse(readFileSync(uiFile, 'utf8')), locale.lang);
  if (result.missing.length) problem(uiFile, `missing keys: ${result.missing.join(', ')}`);
  if (result.extra.length) problem(uiFile, `keys not in nl.json: ${result.extra.join(', ')}`);
  if (result.empty.length) problem(uiFile, `empty values: ${result.empty.join(', ')}`);
  if (result.placeholderMismatches.length) problem(uiFile, `{{placeholders}} differ from nl.json in: ${result.placeholderMismatches.join(', ')}`);
}

for (const line of problems) console.log(line);
console.log(`\n${locale.englishName} (${code}): ${recorded.length} translated items, ${outdated} outdated, ${problems.length} problem(s).`);
process.exitCode = problems.length > 0 ? 1 : 0;
