/**
 * Pages of every locale that are not content entries or hubs. Their templates are the files of
 * the same name in src/pages/[locale]/; the dashboard uses this list to tell a broken link from a
 * working one, and tests/e2e/links.spec.ts checks every link of the built site.
 */
export const FIXED_PAGES = ['zoeken', 'woordenlijst', 'wat-is-er-veranderd', 'organisaties', 'offline', 'geen-internet'] as const;

export const REVIEW_PATH = 'beoordelen';
