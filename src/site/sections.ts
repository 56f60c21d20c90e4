/**
 * Hub pages: one per topic, plus the referral routes for professionals (`verwijzen`) and the
 * counter cards (`kaarten`). Slugs of content pages start with their hub's id.
 */
import { topics } from '../config';
import type { Route } from './pages';

export const ROUTES_HUB = 'verwijzen';
export const CARDS_HUB = 'kaarten';

export type Hub = { id: string; kind: 'topic' | 'routes' | 'cards' };

export const hubs: readonly Hub[] = [
  ...topics.filter((t) => t.id !== 'site').map((t) => ({ id: t.id, kind: 'topic' as const })),
  { id: ROUTES_HUB, kind: 'routes' },
  { id: CARDS_HUB, kind: 'cards' },
];

/** Pages sorted for lists: by `order`, then title in the reader's language. */
export function sortRoutes(routes: readonly Route[], lang: string): Route[] {
  const collator = new Intl.Collator(lang);
  return [...routes].sort(
    (a, b) => a.meta.order - b.meta.order || collator.compare(a.entry.data.title, b.entry.data.title),
  );
}
