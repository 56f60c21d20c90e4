/**
 * Every piece of Dutch text that gets translated, with a stable key and a fingerprint. Keys are
 * what content/versions.json records: `page:zorg/huisarts`, `term:cak`, `org:kruispost`,
 * `change:<id>`. Only the words a reader sees count; search keywords and word forms are per language.
 */
import type { ChangeEntry, GlossaryEntry, OrganisationData } from './content-schema';
import { textHash } from './text-hash';

export const pageKey = (slug: string) => `page:${slug}`;
export const termKey = (id: string) => `term:${id}`;
export const organisationKey = (id: string) => `org:${id}`;
export const changeKey = (id: string) => `change:${id}`;

export function termHash(entry: Pick<GlossaryEntry, 'term' | 'definition'>): string {
  return textHash([entry.term, entry.definition]);
}

export function organisationHash(org: Pick<OrganisationData, 'about' | 'services'>): string {
  return textHash([org.about.text, ...org.services.flatMap((s) => [s.title, s.text])]);
}

export function changeHash(change: Pick<ChangeEntry, 'title' | 'text'>): string {
  return textHash([change.title, change.text]);
}
