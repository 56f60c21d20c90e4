import { describe, expect, it } from 'vitest';
import { findTermMatches } from '../../src/lib/glossary';
import { openState } from '../../src/lib/opening-hours';
import { hasStemming, normaliseForSearch } from '../../src/lib/search-normalise';
import { mergeWordResults, splitQuery } from '../../src/lib/search-words';
import { coreFileNames, formatBytes, markAsSaved, packFileNames } from '../../src/lib/offline';
import { formatPartialDate, oldest } from '../../src/lib/dates';

describe('glossary matching', () => {
  const terms = [
    { id: 'huisarts', forms: ['huisarts', 'huisartsen'] },
    { id: 'cak', forms: ['CAK'] },
  ];
  it('finds the first use of each term, whole words only', () => {
    expect(findTermMatches('De huisartsenpraktijk en de huisarts en het CAK.', terms, new Set())).toEqual([
      { id: 'huisarts', start: 28, end: 36 },
      { id: 'cak', start: 44, end: 47 },
    ]);
  });
  it('matches acronyms only in capitals, and skips terms already seen', () => {
    expect(findTermMatches('het cak', terms, new Set())).toEqual([]);
    expect(findTermMatches('De huisarts', terms, new Set(['huisarts']))).toEqual([]);
  });
  it('works with non-Latin words', () => {
    expect(findTermMatches('اذهب إلى طبيب العائلة', [{ id: 'huisarts', forms: ['طبيب العائلة'] }], new Set())).toEqual([
      { id: 'huisarts', start: 9, end: 21 },
    ]);
  });
});

describe('search normalising', () => {
  it('folds tatweel and Persian keyboard letters in Arabic, and leaves word endings to the stemmer', () => {
    expect(normaliseForSearch('مستشفـى', 'ar')).toBe('مستشفى');
    expect(normaliseForSearch('طبیب کبير', 'ar')).toBe('طبيب كبير');
    expect(normaliseForSearch('طبيبة', 'ar')).toBe('طبيبة');
  });
  it('folds Arabic keyboard letters to Persian ones for Dari, and digits to 0-9', () => {
    expect(normaliseForSearch('كمك', 'fa-AF')).toBe('کمک');
    expect(normaliseForSearch('۱۱۲ و ١١٢', 'fa-AF')).toBe('112 و 112');
  });
  it('leaves other languages alone and is stable', () => {
    expect(normaliseForSearch('Zwangerschap', 'nl')).toBe('Zwangerschap');
    const once = normaliseForSearch('كيف', 'ar');
    expect(normaliseForSearch(once, 'ar')).toBe(once);
  });
  it('knows which languages Pagefind stems', () => {
    expect(hasStemming('nl')).toBe(true);
    expect(hasStemming('pt-BR')).toBe(true);
    expect(hasStemming('ti')).toBe(false);
    expect(hasStemming('fa-AF')).toBe(false);
  });
});

describe('open now', () => {
  const slots = [
    { days: ['mo', 'tu', 'we', 'th', 'fr'] as const, opens: '10:00', closes: '17:00' },
    { days: ['we'] as const },
  ];
  // 2026-11-23 is a Monday. Amsterdam is UTC+1 in November.
  it('uses Amsterdam time', () => {
    expect(openState(slots, new Date('2026-11-23T09:30:00Z'))).toBe('open');
    expect(openState(slots, new Date('2026-11-23T08:30:00Z'))).toBe('closed');
    expect(openState(slots, new Date('2026-11-23T16:00:00Z'))).toBe('closed');
  });
  it('says unknown when a slot today has no times', () => {
    expect(openState(slots, new Date('2026-11-25T18:00:00Z'))).toBe('unknown');
  });
  it('is closed at the weekend', () => {
    expect(openState(slots, new Date('2026-11-28T12:00:00Z'))).toBe('closed');
  });
});

describe('small helpers', () => {
  it('formats sizes in the reader’s language', () => {
    expect(formatBytes(1_234_567, 'nl')).toBe('1,2 MB');
    expect(formatBytes(480_000, 'en')).toBe('480 kB');
  });
  it('marks a stored page so it can say it is a saved copy', () => {
    expect(markAsSaved('<!DOCTYPE html><html lang="nl">', '2026-11-23T10:00:00.000Z')).toBe(
      '<!DOCTYPE html><html data-saved-at="2026-11-23T10:00:00.000Z" lang="nl">',
    );
    expect(markAsSaved('<html lang="nl">', '"><script>')).toBe('<html data-saved-at="" lang="nl">');
  });
  it('formats dates as precisely as the source', () => {
    expect(formatPartialDate('2025', 'nl')).toBe('2025');
    expect(formatPartialDate('2025-04', 'nl')).toBe('april 2025');
    expect(formatPartialDate('2025-12-17', 'nl')).toBe('17 december 2025');
  });
  it('takes the oldest date', () => {
    expect(oldest([new Date('2026-01-02'), new Date('2025-05-01')])).toEqual(new Date('2025-05-01'));
  });
});

describe('offline packs', () => {
  const files = [
    'nl/index.html',
    'nl/zorg/index.html',
    'nl/tweetalig/zorg/index.html',
    'en/index.html',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.nl_906cb4ce5d.pf_meta',
    'pagefind/pagefind.en_111.pf_meta',
    'pagefind/wasm.nl.pagefind',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/index/nl_ec78788.pf_index',
    'pagefind/index/en_aaa.pf_index',
    'pagefind/fragment/nl_123.pf_fragment',
    '_astro/app.css',
    'nl/geen-internet/index.html',
  ];
  it('holds a language’s pages and its whole search index, and nothing of other languages', () => {
    expect(packFileNames(files, 'nl', { key: 'nl', hash: 'nl_906cb4ce5d', wasm: 'nl' })).toEqual([
      'nl/index.html',
      'nl/zorg/index.html',
      'nl/geen-internet/index.html',
      'pagefind/pagefind.nl_906cb4ce5d.pf_meta',
      'pagefind/wasm.nl.pagefind',
      'pagefind/index/nl_ec78788.pf_index',
      'pagefind/fragment/nl_123.pf_fragment',
    ]);
  });
  it('uses the unstemmed search engine for languages without a stemmer', () => {
    expect(packFileNames(files, 'nl', { key: 'nl', hash: 'nl_906cb4ce5d', wasm: null })).toContain('pagefind/wasm.unknown.pagefind');
  });
  it('keeps a small core: styles, scripts, search runtime and the offline pages', () => {
    expect(coreFileNames(files, ['nl', 'en'])).toEqual([
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      '_astro/app.css',
      'nl/geen-internet/index.html',
    ]);
  });
});

describe('search by single words when a question finds nothing', () => {
  const r = (id: string, score: number) => ({ id, score, value: id });
  it('splits a question into distinct words', () => {
    expect(splitQuery('  waar kan ik  slapen waar ')).toEqual(['waar', 'kan', 'ik', 'slapen']);
  });
  it('puts pages with more of the words first', () => {
    expect(mergeWordResults([[r('one', 50)], [r('both', 1)], [r('both', 1)]])).toEqual(['both', 'one']);
  });
  it('among pages with as many words, lets a word on few pages count more than a word on many', () => {
    const filler = Array.from({ length: 8 }, (_, i) => r(`page${i}`, 1));
    const common = [r('card', 9), r('shelter', 1), ...filler];
    const rare = [r('card', 1), r('shelter', 3)];
    expect(mergeWordResults([common, rare]).slice(0, 2)).toEqual(['shelter', 'card']);
  });
  it('returns nothing for no words', () => {
    expect(mergeWordResults([])).toEqual([]);
  });
});
