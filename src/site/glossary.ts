/** Glossary terms in every locale, with the Dutch definition where a translation is missing. */
import { getCollection } from 'astro:content';
import { sourceLocale } from '../config';
import type { GlossaryEntry } from '../lib/content-schema';
import { termHash } from '../lib/source-items';
import { localiseItem, type Localised } from '../lib/translation-status';

export type LocalisedTerm = Localised<{ term: string; definition: string; forms: readonly string[] }> & {
  id: string;
  source: GlossaryEntry;
};

let cache: Promise<(localeCode: string) => LocalisedTerm[]> | undefined;

export function glossaryFor(localeCode: string): Promise<LocalisedTerm[]> {
  cache ??= (async () => {
    const entries = (await getCollection('glossary')).map((e) => e.data);
    const files = new Map((await getCollection('glossaryTranslations')).map((f) => [f.data.locale, f.data]));
    return (code: string) =>
      entries.map((entry) => {
        const file = files.get(code);
        const localised = localiseItem(
          { term: entry.term, definition: entry.definition, forms: entry.forms },
          termHash(entry),
          { localeCode: code, sourceLocale },
          file?.translation,
          file?.terms[entry.id],
        );
        return { ...localised, id: entry.id, source: entry };
      });
  })();
  return cache.then((lookup) => lookup(localeCode));
}

export async function termFor(localeCode: string, id: string): Promise<LocalisedTerm> {
  const term = (await glossaryFor(localeCode)).find((t) => t.id === id);
  if (!term) throw new Error(`Glossary term "${id}" does not exist in content/glossary.yaml.`);
  return term;
}
