/**
 * Reads the Dutch source texts straight from `content/` (no Astro), for the stamp script and the
 * tests: every translatable item with its key and current fingerprint, and every translation
 * with the fingerprint it records.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { textHash } from './text-hash';
import { changeHash, changeKey, organisationHash, organisationKey, pageKey, termHash, termKey } from './source-items';

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

function walk(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(extension))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

function readYaml<T>(file: string): T | undefined {
  return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/** Current fingerprint of every Dutch item, by key (`page:zorg/huisarts`, `term:cak`, ...). */
export function currentSourceHashes(contentDir: string, sourceLocale: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of walk(path.join(contentDir, sourceLocale), '.mdx')) {
    const { data, body } = splitFrontmatter(readFileSync(path.join(contentDir, sourceLocale, file), 'utf8'));
    hashes[pageKey(file.replace(/\.mdx$/, ''))] = textHash([String(data['title'] ?? ''), String(data['summary'] ?? ''), body]);
  }
  for (const term of readYaml<{ id: string; term: string; definition: string }[]>(path.join(contentDir, 'glossary.yaml')) ?? []) {
    hashes[termKey(term.id)] = termHash(term);
  }
  for (const change of readYaml<{ id: string; title: string; text: string }[]>(path.join(contentDir, 'changes.yaml')) ?? []) {
    hashes[changeKey(change.id)] = changeHash(change);
  }
  for (const file of walk(path.join(contentDir, 'organisations'), '.yaml')) {
    const org = readYaml<{ about: { text: string }; services?: { title: string; text: string }[] }>(path.join(contentDir, 'organisations', file))!;
    hashes[organisationKey(file.replace(/\.yaml$/, ''))] = organisationHash({ about: org.about, services: org.services ?? [] } as never);
  }
  return hashes;
}

export interface RecordedTranslation {
  locale: string;
  key: string;
  sourceHash: string;
  file: string;
}

/** Every translation and the fingerprint of the Dutch text it says it translates. */
export function recordedTranslations(contentDir: string, localeCodes: readonly string[]): RecordedTranslation[] {
  const found: RecordedTranslation[] = [];
  for (const locale of localeCodes) {
    const dir = path.join(contentDir, locale);
    for (const file of walk(dir, '.mdx')) {
      const { data } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      const hash = (data['translation'] as { sourceHash?: string } | undefined)?.sourceHash;
      if (hash) found.push({ locale, key: pageKey(file.replace(/\.mdx$/, '')), sourceHash: hash, file: `content/${locale}/${file}` });
    }
    const data = [
      ['glossary.yaml', 'terms', termKey],
      ['directory.yaml', 'organisations', organisationKey],
      ['changes.yaml', 'changes', changeKey],
    ] as const;
    for (const [name, field, key] of data) {
      const items = readYaml<Record<string, Record<string, { sourceHash: string }>>>(path.join(dir, name))?.[field] ?? {};
      for (const [id, item] of Object.entries(items)) {
        found.push({ locale, key: key(id), sourceHash: item.sourceHash, file: `content/${locale}/${name}` });
      }
    }
  }
  return found;
}
