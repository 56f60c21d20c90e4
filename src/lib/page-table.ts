import { textHash } from './text-hash';
import { translationState, type TranslationState } from './translation-status';
import { sourcePageMeta, type PageData, type SourcePageMeta } from './content-schema';
import type { LocaleConfig } from './types';

/** The parts of a content entry the page table needs; Astro's entries fit this shape. */
export interface PageEntryLike {
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
  data: PageData;
}

export interface PageRoute<E extends PageEntryLike> {
  locale: LocaleConfig;
  slug: string;
  /** What is rendered: the translation, or the Dutch page when there is none. */
  entry: E;
  /** The Dutch original. */
  source: E;
  /** The Dutch original's topic, sources, dates and review, shared by every translation. */
  meta: SourcePageMeta;
  state: TranslationState;
  /** Fingerprint of the current Dutch text. */
  sourceHash: string;
}

export function slugOf(entry: PageEntryLike): string {
  return entry.id.split('/').slice(1).join('/');
}

/** The fingerprint of a Dutch page: title, summary and body. Keywords are per language, so excluded. */
export function pageSourceHash(entry: PageEntryLike): string {
  return textHash([entry.data.title, entry.data.summary, entry.body ?? '']);
}

/**
 * Every page in every locale. A locale without a translation still gets the page (the Dutch text
 * under a notice). A translation without a Dutch original is an error: it would be unreachable
 * from the Dutch site and nobody could tell when it goes stale.
 */
export function buildPageTable<E extends PageEntryLike>(
  entries: readonly E[],
  locales: readonly LocaleConfig[],
  sourceLocale: string,
  options: { includeDrafts: boolean },
): PageRoute<E>[] {
  const sources = entries.filter((e) => e.data.locale === sourceLocale);
  const bySlug = new Map(sources.map((e) => [slugOf(e), e]));
  const orphans = entries.filter((e) => e.data.locale !== sourceLocale && !bySlug.has(slugOf(e)));
  if (orphans.length > 0) {
    throw new Error(
      orphans
        .map((e) => `${e.filePath ?? e.id}: there is no Dutch page content/${sourceLocale}/${slugOf(e)}.mdx. Fix: rename this file to match a Dutch page, or add the Dutch page first.`)
        .join('\n'),
    );
  }
  const translations = new Map(entries.map((e) => [e.id, e]));
  const routes: PageRoute<E>[] = [];
  for (const source of sources) {
    const meta = sourcePageMeta(source.data);
    if (meta.review.status === 'draft' && !options.includeDrafts) continue;
    const slug = slugOf(source);
    const sourceHash = pageSourceHash(source);
    for (const locale of locales) {
      const isSource = locale.code === sourceLocale;
      const translation = isSource ? source : translations.get(`${locale.code}/${slug}`);
      routes.push({
        locale,
        slug,
        entry: translation ?? source,
        source,
        meta,
        state: translationState(translation?.data.translation, sourceHash, isSource),
        sourceHash,
      });
    }
  }
  return routes;
}
