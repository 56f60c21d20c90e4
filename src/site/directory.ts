/** Organisations with their texts in every locale (Dutch where a translation is missing). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLocale } from '../config';
import { organisationHash } from '../lib/source-items';
import { localiseItem, type Localised } from '../lib/translation-status';

export type OrganisationEntry = CollectionEntry<'organisations'>;
export type OrganisationTexts = Localised<{ about: string; services: readonly { title: string; text: string }[] }>;

let organisations: Promise<OrganisationEntry[]> | undefined;
let translations: Promise<Map<string, CollectionEntry<'directoryTranslations'>['data']>> | undefined;

export function getOrganisations(): Promise<OrganisationEntry[]> {
  organisations ??= getCollection('organisations').then((list) =>
    list.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl')),
  );
  return organisations;
}

export async function getOrganisation(id: string): Promise<OrganisationEntry> {
  const found = (await getOrganisations()).find((o) => o.id === id);
  if (!found) throw new Error(`Organisation "${id}" has no file content/organisations/${id}.yaml.`);
  return found;
}

export async function organisationTexts(org: OrganisationEntry, localeCode: string): Promise<OrganisationTexts> {
  translations ??= getCollection('directoryTranslations').then((files) => new Map(files.map((f) => [f.data.locale, f.data])));
  const file = (await translations).get(localeCode);
  return localiseItem(
    { about: org.data.about.text, services: org.data.services.map(({ title, text }) => ({ title, text })) },
    organisationHash(org.data),
    { localeCode, sourceLocale },
    file?.translation,
    file?.organisations[org.id],
  );
}

/** The short name people use, for links in running text. */
export function displayName(org: OrganisationEntry): string {
  return org.data.shortName ?? org.data.name;
}
