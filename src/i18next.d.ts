// Typed UI-string keys: t('page.lastChecked') compiles, a misspelt key does not.
// The Dutch file is the source of truth for which keys exist.
import 'i18next';
import type nl from '../locales/nl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
    keySeparator: false;
    nsSeparator: false;
    returnNull: false;
  }
}
