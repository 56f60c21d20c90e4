import { describe, expect, it } from 'vitest';
import { buildPageTable } from '../../src/lib/page-table';
import { localiseItem, stampHistory, translationState, versionNumber } from '../../src/lib/translation-status';
import { completeness } from '../../src/lib/completeness';
import { planUpdate } from '../../src/lib/offline';

const machine = { method: 'machine' as const, sourceHash: 'aaaaaaaaaaaa', review: 'unchecked' as const };

describe('translation state', () => {
  it('tells readers how the text was made, or that it is outdated', () => {
    expect(translationState(undefined, 'aaaaaaaaaaaa', true)).toBe('source');
    expect(translationState(undefined, 'aaaaaaaaaaaa', false)).toBe('missing');
    expect(translationState(machine, 'aaaaaaaaaaaa', false)).toBe('machine');
    expect(translationState({ ...machine, method: 'human' }, 'aaaaaaaaaaaa', false)).toBe('human');
    expect(translationState({ ...machine, review: 'checked' }, 'aaaaaaaaaaaa', false)).toBe('checked');
    expect(translationState({ ...machine, review: 'checked' }, 'bbbbbbbbbbbb', false)).toBe('outdated');
  });

  it('uses the Dutch text where a data item has no translation', () => {
    const target = { localeCode: 'ar', sourceLocale: 'nl' };
    expect(localiseItem({ t: 'Dutch' }, 'h', target, undefined, undefined)).toEqual({ value: { t: 'Dutch' }, locale: 'nl', state: 'missing' });
    expect(localiseItem({ t: 'Dutch' }, 'h', target, machine, { t: 'عربي', sourceHash: 'old' })).toEqual({ value: { t: 'عربي' }, locale: 'ar', state: 'outdated' });
  });
});

describe('version history', () => {
  it('records a new version only when the text changed', () => {
    const first = stampHistory({}, { 'page:a': 'h1' }, '2026-01-01');
    expect(stampHistory(first, { 'page:a': 'h1' }, '2026-02-01')).toEqual(first);
    const second = stampHistory(first, { 'page:a': 'h2', 'term:b': 'h3' }, '2026-02-01');
    expect(second).toEqual({
      'page:a': [
        { hash: 'h1', date: '2026-01-01' },
        { hash: 'h2', date: '2026-02-01' },
      ],
      'term:b': [{ hash: 'h3', date: '2026-02-01' }],
    });
    expect(versionNumber(second, 'page:a', 'h2')).toBe(2);
    expect(versionNumber(second, 'page:a', 'zz')).toBeUndefined();
  });
});

describe('page table', () => {
  const locales = [
    { code: 'nl', lang: 'nl', dir: 'ltr', script: 'Latn', name: 'Nederlands', englishName: 'Dutch' },
    { code: 'en', lang: 'en', dir: 'ltr', script: 'Latn', name: 'English', englishName: 'English' },
    { code: 'ar', lang: 'ar', dir: 'rtl', script: 'Arab', name: 'العربية', englishName: 'Arabic' },
  ] as const;
  const page = (id: string, data: Record<string, unknown>) => ({
    id,
    body: 'Tekst.',
    filePath: `content/${id}.mdx`,
    data: { locale: id.split('/')[0]!, title: 'Titel', summary: 'Een zin.', keywords: ['a', 'b', 'c'], ...data } as never,
  });
  const dutch = { topic: 'zorg', sources: ['x'], lastChecked: new Date() };

  it('gives every locale every page, falling back to Dutch', () => {
    const table = buildPageTable([page('nl/zorg/a', dutch)], locales, 'nl', { includeDrafts: false });
    expect(table.map((r) => [r.locale.code, r.slug, r.state])).toEqual([
      ['nl', 'zorg/a', 'source'],
      ['en', 'zorg/a', 'missing'],
      ['ar', 'zorg/a', 'missing'],
    ]);
  });

  it('leaves drafts out of the public build', () => {
    const draft = page('nl/zorg/b', { ...dutch, review: { status: 'draft' } });
    expect(buildPageTable([draft], locales, 'nl', { includeDrafts: false })).toEqual([]);
    expect(buildPageTable([draft], locales, 'nl', { includeDrafts: true })).toHaveLength(locales.length);
  });

  it('refuses a translation without a Dutch page, naming the file', () => {
    expect(() => buildPageTable([page('en/zorg/x', { translation: machine })], locales, 'nl', { includeDrafts: false })).toThrow(
      'content/en/zorg/x.mdx: there is no Dutch page content/nl/zorg/x.mdx.',
    );
  });

  it('counts how complete a language is', () => {
    expect(completeness(['machine', 'outdated', 'missing', 'checked'])).toEqual({ translated: 3, current: 2, checked: 1, total: 4 });
  });
});

describe('offline pack updates', () => {
  it('fetches only files whose fingerprint changed', () => {
    const file = (url: string, rev: string) => ({ url, rev, size: 1 });
    const previous = [file('/nl/', '1'), file('/nl/x/', '1')];
    const next = [file('/nl/', '1'), file('/nl/x/', '2'), file('/nl/y/', '1')];
    expect(planUpdate(previous, next)).toEqual({ copy: ['/nl/'], fetch: ['/nl/x/', '/nl/y/'] });
    expect(planUpdate(undefined, next).fetch).toHaveLength(3);
  });
});
