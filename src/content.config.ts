import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { locales, sourceLocale, topics } from './config';
import { unexpectedContentEntries } from './lib/content-folders';
import {
  changeSchema,
  dataTranslationSchema,
  glossaryEntrySchema,
  organisationSchema,
  pageSchema,
  sourceSchema,
} from './lib/content-schema';
import { contentDir, contentEntries, organisationIds, sourceIds } from './site/content-dir';
import { contentLoader, parseYaml12 } from './site/content-loaders';

const localeCodes = locales.map((l) => l.code);
const problems = unexpectedContentEntries(contentEntries(), localeCodes);
if (problems.length > 0) throw new Error(problems.join('\n'));

const knownSources = sourceIds();
const topicIds = topics.map((t) => t.id);
const translations = dataTranslationSchema(localeCodes);
const translationsOf = (name: string) => contentLoader(glob({ pattern: `*/${name}.yaml`, base: contentDir }), { localeFromFolder: true });

export const collections = {
  pages: defineCollection({
    loader: contentLoader(glob({ pattern: '*/**/*.mdx', base: contentDir }), { localeFromFolder: true }),
    schema: pageSchema({ localeCodes, sourceLocale, sourceIds: knownSources, topicIds, organisationIds: organisationIds() }),
  }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`, { parser: parseYaml12 }), schema: sourceSchema }),
  organisations: defineCollection({
    loader: contentLoader(glob({ pattern: '*.yaml', base: `${contentDir}/organisations` }), { localeFromFolder: false }),
    schema: organisationSchema({ sourceIds: knownSources, topicIds }),
  }),
  glossary: defineCollection({ loader: file(`${contentDir}/glossary.yaml`, { parser: parseYaml12 }), schema: glossaryEntrySchema({ sourceIds: knownSources }) }),
  changes: defineCollection({ loader: file(`${contentDir}/changes.yaml`, { parser: parseYaml12 }), schema: changeSchema({ sourceIds: knownSources }) }),
  glossaryTranslations: defineCollection({ loader: translationsOf('glossary'), schema: translations.glossary }),
  directoryTranslations: defineCollection({ loader: translationsOf('directory'), schema: translations.directory }),
  changeTranslations: defineCollection({ loader: translationsOf('changes'), schema: translations.changes }),
};
