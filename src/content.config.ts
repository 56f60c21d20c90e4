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
import { withLocaleFromFolder } from './site/locale-loader';

const localeCodes = locales.map((l) => l.code);
const problems = unexpectedContentEntries(contentEntries(), localeCodes);
if (problems.length > 0) throw new Error(problems.join('\n'));

const knownSources = sourceIds();
const topicIds = topics.map((t) => t.id);
const translations = dataTranslationSchema(localeCodes);
const translationsOf = (name: string) => withLocaleFromFolder(glob({ pattern: `*/${name}.yaml`, base: contentDir }));

export const collections = {
  pages: defineCollection({
    loader: withLocaleFromFolder(glob({ pattern: '*/**/*.mdx', base: contentDir })),
    schema: pageSchema({ localeCodes, sourceLocale, sourceIds: knownSources, topicIds, organisationIds: organisationIds() }),
  }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema }),
  organisations: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/organisations` }),
    schema: organisationSchema({ sourceIds: knownSources, topicIds }),
  }),
  glossary: defineCollection({ loader: file(`${contentDir}/glossary.yaml`), schema: glossaryEntrySchema({ sourceIds: knownSources }) }),
  changes: defineCollection({ loader: file(`${contentDir}/changes.yaml`), schema: changeSchema({ sourceIds: knownSources }) }),
  glossaryTranslations: defineCollection({ loader: translationsOf('glossary'), schema: translations.glossary }),
  directoryTranslations: defineCollection({ loader: translationsOf('directory'), schema: translations.directory }),
  changeTranslations: defineCollection({ loader: translationsOf('changes'), schema: translations.changes }),
};
