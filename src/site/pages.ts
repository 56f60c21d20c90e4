/** The page table for this build, computed once and shared by every route. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, sourceLocale } from '../config';
import { buildPageTable, type PageRoute } from '../lib/page-table';

export type PageEntry = CollectionEntry<'pages'>;
export type Route = PageRoute<PageEntry>;

/** `npm run build:review` also builds drafts; the public build never does. */
export const isReviewBuild = process.env.WEGWIJZER_BUILD === 'review';

let table: Promise<Route[]> | undefined;

export function getPageTable(): Promise<Route[]> {
  table ??= getCollection('pages').then((entries) =>
    buildPageTable(entries, locales, sourceLocale, { includeDrafts: isReviewBuild }),
  );
  return table;
}

export async function routesFor(localeCode: string): Promise<Route[]> {
  return (await getPageTable()).filter((r) => r.locale.code === localeCode);
}
