/** A web app manifest per language, so Wegwijzer installs to the home screen in the reader's language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../config';
import { localePath } from '../../lib/locales';
import type { LocaleConfig } from '../../lib/types';
import { useTranslations } from '../../site/i18n';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: locale.code }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: LocaleConfig }> = ({ props: { locale } }) => {
  const t = useTranslations(locale);
  const manifest = {
    id: localePath(locale.code),
    name: t('site.name'),
    short_name: 'Wegwijzer',
    description: t('site.tagline'),
    lang: locale.lang,
    dir: locale.dir,
    start_url: localePath(locale.code),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f9c',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
