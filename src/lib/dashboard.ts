/**
 * The review dashboard's figures, from plain data: which pages are overdue, which translations
 * are missing, made by computer, checked or outdated, which directory facts are missing or
 * unverified, and which internal links lead nowhere. The dashboard page only renders these.
 */
import { isOverdue } from './review';
import type { TranslationState } from './translation-status';

export interface DashboardPage {
  slug: string;
  title: string;
  status: 'draft' | 'ready' | 'reviewed';
  reviewedOn?: Date | undefined;
  lastChecked: Date;
  reviewBy: Date;
  version: number;
  b1: { fleschDouma: number | undefined; errors: number; warnings: number; words: number };
  /** Translation state per locale code (not the source locale). */
  translations: Record<string, TranslationState>;
  /** Internal link targets in the Dutch text, as written (`/zorg/huisarts/`). */
  links: string[];
}

export interface DashboardOrganisation {
  id: string;
  name: string;
  status: 'active' | 'stopped';
  /** Field name → fact, or undefined when no source gives it. */
  facts: Record<string, { unverified: boolean; source: string } | undefined>;
  website?: { url: string; source: string; sourceDate: string; unverified: boolean } | undefined;
}

export interface DashboardRow extends DashboardPage {
  overdue: boolean;
}

export function sortForReview(pages: readonly DashboardPage[], today: Date): DashboardRow[] {
  return pages
    .map((page) => ({ ...page, overdue: page.status !== 'draft' && isOverdue(page.reviewBy, today) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.reviewBy.getTime() - b.reviewBy.getTime() || a.slug.localeCompare(b.slug));
}

export function translationMatrix(pages: readonly DashboardPage[], localeCodes: readonly string[]) {
  const totals = Object.fromEntries(
    localeCodes.map((code) => {
      const states = pages.map((p) => p.translations[code] ?? 'missing');
      const count = (state: TranslationState) => states.filter((s) => s === state).length;
      return [code, { missing: count('missing'), machine: count('machine'), human: count('human'), checked: count('checked'), outdated: count('outdated') }];
    }),
  );
  const outdated = pages.flatMap((p) => localeCodes.filter((code) => p.translations[code] === 'outdated').map((code) => ({ slug: p.slug, locale: code })));
  return { totals, outdated };
}

/** Per organisation, the facts no source gives and the facts taken from an old source. */
export function directoryGaps(organisations: readonly DashboardOrganisation[]) {
  return organisations.map((org) => ({
    id: org.id,
    name: org.name,
    status: org.status,
    missing: Object.entries(org.facts).filter(([, fact]) => !fact).map(([field]) => field),
    unverified: Object.entries(org.facts).filter(([, fact]) => fact?.unverified).map(([field]) => field),
  }));
}

/** Internal links in the Dutch texts whose target is not a page of the site. */
export function brokenLinks(pages: readonly DashboardPage[], knownPaths: ReadonlySet<string>): { slug: string; href: string }[] {
  const normalise = (href: string) => `/${href.split('#')[0]!.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return pages.flatMap((page) => page.links.filter((href) => !knownPaths.has(normalise(href))).map((href) => ({ slug: page.slug, href })));
}

/** Internal link targets in Markdown/MDX text: `[text](/path/)`. */
export function internalLinks(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
}
