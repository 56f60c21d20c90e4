/** One page of each template, for tests that must cover every template in every locale. */
export const TEMPLATES = {
  home: '',
  topic: 'zorg',
  article: 'zorg/huisarts',
  route: 'verwijzen/opvang',
  card: 'kaarten/ziekenhuis',
  routesHub: 'verwijzen',
  directory: 'organisaties',
  organisation: 'organisaties/hushu-house',
  search: 'zoeken',
  glossary: 'woordenlijst',
  changes: 'wat-is-er-veranderd',
  sitePage: 'privacy',
  saveOffline: 'offline',
  noInternet: 'geen-internet',
  notFound: '404',
} as const;

export const TEMPLATE_LOCALES = ['nl', 'en', 'ar'] as const;

export function templateUrls(): { name: string; url: string }[] {
  return [
    { name: 'language chooser', url: '/' },
    ...TEMPLATE_LOCALES.flatMap((locale) =>
      Object.entries(TEMPLATES).map(([name, slug]) => ({ name: `${locale} ${name}`, url: slug ? `/${locale}/${slug}/` : `/${locale}/` })),
    ),
    ...TEMPLATE_LOCALES.filter((l) => l !== 'nl').map((locale) => ({ name: `${locale} bilingual`, url: `/${locale}/tweetalig/${TEMPLATES.article}/` })),
  ];
}
