/**
 * Which version of the Dutch each translation translates, decided from the files alone (a shallow
 * clone in CI has no history): every Dutch text's current version is recorded, every translation
 * names a known version, and translations of an older version are listed as outdated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales, sourceLocale } from '../../src/config';
import { currentSourceHashes, recordedTranslations } from '../../src/lib/source-files';
import type { VersionHistory } from '../../src/lib/translation-status';

const current = currentSourceHashes('content', sourceLocale);
const history = JSON.parse(readFileSync('content/versions.json', 'utf8')) as VersionHistory;
const translations = recordedTranslations('content', locales.map((l) => l.code).filter((c) => c !== sourceLocale));

describe('versions of the Dutch texts', () => {
  it('records the current version of every Dutch text (run `npm run content:stamp`)', () => {
    const unrecorded = Object.entries(current)
      .filter(([key, hash]) => history[key]?.at(-1)?.hash !== hash)
      .map(([key]) => key);
    expect(unrecorded, 'Run `npm run content:stamp` after changing Dutch texts.').toEqual([]);
  });

  it('every translation translates a known version of its Dutch text', () => {
    const unknown = translations
      .filter((t) => !history[t.key]?.some((v) => v.hash === t.sourceHash))
      .map((t) => `${t.file}: ${t.key} sourceHash ${t.sourceHash} is not a version of the Dutch text.`);
    expect(unknown).toEqual([]);
  });

  it('lists outdated translations', () => {
    const outdated = translations.filter((t) => current[t.key] !== t.sourceHash).map((t) => `${t.file}: ${t.key}`);
    if (outdated.length > 0) console.warn(`Outdated translations (readers are told):\n${outdated.join('\n')}`);
    expect(translations.length).toBeGreaterThan(1000);
  });
});
