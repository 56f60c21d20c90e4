/**
 * Where the content lives. Tests point WEGWIJZER_CONTENT_DIR at fixture folders to prove that bad
 * content fails the build; everyone else uses ./content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const contentDir = path.resolve(process.env.WEGWIJZER_CONTENT_DIR ?? 'content');

export function readYaml(relativePath: string): unknown {
  return parse(readFileSync(path.join(contentDir, relativePath), 'utf8'));
}

/** Source ids, read early so page schemas can check citations. */
export function sourceIds(): string[] {
  const list = readYaml('sources.yaml');
  if (!Array.isArray(list)) throw new Error('content/sources.yaml must be a list of sources (each starting with "- id:").');
  return list.map((entry: { id?: unknown }) => String(entry.id));
}

export function organisationIds(): string[] {
  return readdirSync(path.join(contentDir, 'organisations'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));
}

export function contentEntries(): string[] {
  return readdirSync(contentDir);
}
