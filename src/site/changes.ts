/** The "what changed" list in every locale, newest first (Dutch where a translation is missing). */
import { getCollection } from 'astro:content';
import { sourceLocale } from '../config';
import type { ChangeEntry } from '../lib/content-schema';
import { changeHash } from '../lib/source-items';
import { localiseItem, type Localised } from '../lib/translation-status';

export type LocalisedChange = Localised<{ title: string; text: string }> & { source: ChangeEntry };

export async function changesFor(localeCode: string): Promise<LocalisedChange[]> {
  const entries = (await getCollection('changes')).map((e) => e.data).sort((a, b) => b.date.localeCompare(a.date));
  const file = (await getCollection('changeTranslations')).find((f) => f.data.locale === localeCode)?.data;
  return entries.map((entry) => ({
    ...localiseItem({ title: entry.title, text: entry.text }, changeHash(entry), { localeCode, sourceLocale }, file?.translation, file?.changes[entry.id]),
    source: entry,
  }));
}
