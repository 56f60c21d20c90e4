/** Everything the review dashboard shows, gathered from the content at build time. */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { locales, site, sourceLocale } from '../config';
import { internalLinks, type DashboardOrganisation, type DashboardPage } from '../lib/dashboard';
import { mdxTextBlocks } from '../lib/mdx-text';
import { checkB1 } from '../lib/readability';
import { reviewByDate } from '../lib/review';
import { changeHash, organisationHash, termHash } from '../lib/source-items';
import { localiseItem, type TranslationState } from '../lib/translation-status';
import { getOrganisations } from './directory';
import { FIXED_PAGES } from './fixed-routes';
import { getPageTable } from './pages';
import { hubs } from './sections';
import { sourcesById } from './sources';
import { pageVersion } from './versions';

export async function dashboardPages(): Promise<DashboardPage[]> {
  const table = await getPageTable();
  return table
    .filter((route) => route.locale.code === sourceLocale)
    .map((route) => {
      const report = checkB1(mdxTextBlocks(readFileSync(route.source.filePath!, 'utf8')));
      const translations = Object.fromEntries(
        table.filter((r) => r.slug === route.slug && r.locale.code !== sourceLocale).map((r) => [r.locale.code, r.state]),
      ) as Record<string, TranslationState>;
      return {
        slug: route.slug,
        title: route.source.data.title,
        status: route.meta.review.status,
        reviewedOn: route.meta.review.reviewedOn,
        lastChecked: route.meta.lastChecked,
        reviewBy: reviewByDate(route.meta, site.reviewIntervalMonths),
        version: pageVersion(route)?.number ?? 0,
        b1: {
          fleschDouma: report.fleschDouma,
          errors: report.findings.filter((f) => f.level === 'error').length,
          warnings: report.findings.filter((f) => f.level === 'warning').length,
          words: report.words,
        },
        translations,
        links: internalLinks(route.source.body ?? ''),
      };
    });
}

/** Every path a link inside content may point to, without the locale: `/zorg/huisarts/`. */
export async function knownPaths(): Promise<Set<string>> {
  const table = await getPageTable();
  const organisations = await getOrganisations();
  return new Set([
    '/',
    ...table.map((r) => `/${r.slug}/`),
    ...hubs.map((h) => `/${h.id}/`),
    ...FIXED_PAGES.map((p) => `/${p}/`),
    ...organisations.map((o) => `/organisaties/${o.id}/`),
  ]);
}

export async function dashboardOrganisations(): Promise<DashboardOrganisation[]> {
  const organisations = await getOrganisations();
  return Promise.all(
    organisations.map(async (org) => {
      const d = org.data;
      const fact = (f: { unverified: boolean; source: string } | undefined) => (f ? { unverified: f.unverified, source: f.source } : undefined);
      const facts: DashboardOrganisation['facts'] = {
        website: fact(d.website),
        hours: d.hours ? { unverified: false, source: d.hours.source } : undefined,
        cost: fact(d.cost),
        access: fact(d.access),
        idNeeded: fact(d.safety.idNeeded),
        anonymous: fact(d.safety.anonymous),
        ...(d.kind === 'care' ? { costsViaCak: fact(d.safety.costsViaCak) } : {}),
      };
      const websiteSource = d.website ? (await sourcesById([d.website.source]))[0] : undefined;
      return {
        id: org.id,
        name: d.name,
        status: d.status,
        facts,
        website:
          d.website && websiteSource
            ? { url: d.website.value, source: websiteSource.title, sourceDate: websiteSource.date, unverified: d.website.unverified }
            : undefined,
      };
    }),
  );
}

type Counts = Record<TranslationState, number>;

/** Translation states of the glossary, directory and changes, per locale. */
export async function dataTranslationTotals(): Promise<Record<string, Record<'glossary' | 'directory' | 'changes', Counts>>> {
  const [terms, changes, organisations] = [(await getCollection('glossary')).map((e) => e.data), (await getCollection('changes')).map((e) => e.data), await getOrganisations()];
  const files = {
    glossary: new Map((await getCollection('glossaryTranslations')).map((f) => [f.data.locale, f.data])),
    directory: new Map((await getCollection('directoryTranslations')).map((f) => [f.data.locale, f.data])),
    changes: new Map((await getCollection('changeTranslations')).map((f) => [f.data.locale, f.data])),
  };
  const empty = (): Counts => ({ source: 0, machine: 0, human: 0, checked: 0, outdated: 0, missing: 0 });
  const result: Record<string, Record<'glossary' | 'directory' | 'changes', Counts>> = {};
  for (const locale of locales.filter((l) => l.code !== sourceLocale)) {
    const target = { localeCode: locale.code, sourceLocale };
    const count = (states: TranslationState[]) => states.reduce((c, s) => ({ ...c, [s]: c[s] + 1 }), empty());
    const g = files.glossary.get(locale.code);
    const dir = files.directory.get(locale.code);
    const ch = files.changes.get(locale.code);
    result[locale.code] = {
      glossary: count(terms.map((t) => localiseItem({ term: t.term, definition: t.definition, forms: t.forms }, termHash(t), target, g?.translation, g?.terms[t.id]).state)),
      directory: count(organisations.map((o) => localiseItem(o.data, organisationHash(o.data), target, dir?.translation, dir?.organisations[o.id] as never).state)),
      changes: count(changes.map((c) => localiseItem(c, changeHash(c), target, ch?.translation, ch?.changes[c.id] as never).state)),
    };
  }
  return result;
}
