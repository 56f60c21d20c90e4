/**
 * Hub pages: one per topic, plus the referral routes for professionals (`verwijzen`) and the
 * counter cards (`kaarten`). Slugs of content pages start with their hub's id.
 */
import type { TFunction } from 'i18next';
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

/** The hub a content page belongs to: its topic, or the routes or cards hub. */
export function hubOf(meta: Route['meta']): Hub {
  if (meta.kind === 'route') return { id: ROUTES_HUB, kind: 'routes' };
  if (meta.kind === 'card') return { id: CARDS_HUB, kind: 'cards' };
  return { id: meta.topic, kind: 'topic' };
}

/** A hub's name and one-line description in the reader's language. */
export function hubText(hub: Hub, t: TFunction): { name: string; description: string } {
  if (hub.kind === 'routes') return { name: t('hub.routes.name'), description: t('hub.routes.description') };
  if (hub.kind === 'cards') return { name: t('hub.cards.name'), description: t('hub.cards.description') };
  return { name: t(`topic.${hub.id}.name` as 'topic.zorg.name'), description: t(`topic.${hub.id}.description` as 'topic.zorg.description') };
}

/** Pages sorted for lists: by `order`, then title in the reader's language. */
export function sortRoutes(routes: readonly Route[], lang: string): Route[] {
  const collator = new Intl.Collator(lang);
  return [...routes].sort(
    (a, b) => a.meta.order - b.meta.order || collator.compare(a.entry.data.title, b.entry.data.title),
  );
}
