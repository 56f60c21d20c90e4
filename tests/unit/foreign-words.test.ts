import { describe, expect, it } from 'vitest';
import { markLatinRuns, splitLatinRuns } from '../../src/lib/foreign-words';

const latin = (text: string) => splitLatinRuns(text).filter((p) => p.latin).map((p) => p.text);

describe('Latin runs in text of another script', () => {
  it('finds Dutch words and names, keeping punctuation and brackets outside', () => {
    expect(latin('ليس لديّ تصريح إقامة (verblijfsvergunning) ولا تأمين')).toEqual(['verblijfsvergunning']);
    expect(latin('اتصل بـ CAK. ثم Dokters van de Wereld، أو Ouder- en Kindteams')).toEqual(['CAK', 'Dokters van de Wereld', 'Ouder- en Kindteams']);
    expect(latin('Поліція (Den Haag) V-nummer, Chávez')).toEqual(['Den Haag', 'V-nummer', 'Chávez']);
  });
  it('leaves numbers alone, also next to a word', () => {
    expect(latin('اتصل بالرقم 112 الآن')).toEqual([]);
    expect(latin('حتى 18 سنة في mbo 2')).toEqual(['mbo']);
  });
  it('gives back the whole text in order', () => {
    const text = 'المأوى (opvang) و leefgeld.';
    expect(splitLatinRuns(text).map((p) => p.text).join('')).toBe(text);
  });
});

describe('marking Latin runs in a page', () => {
  const options = { otherScripts: new Map([['ar', 'rtl' as const], ['uk', 'ltr' as const]]), runLang: 'nl' };

  it('marks runs in Arabic text as Dutch, left to right, and nothing else changes', () => {
    const html = '<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>CAK</title></head><body><p class="x">المأوى (opvang) &amp; CAK</p><a href="/ar/x/" title="CAK">Stadspas</a></body></html>';
    expect(markLatinRuns(html, options)).toBe(
      '<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>CAK</title></head><body><p class="x">المأوى (<span lang="nl" dir="ltr">opvang</span>) &amp; <span lang="nl" dir="ltr">CAK</span></p><a href="/ar/x/" title="CAK"><span lang="nl" dir="ltr">Stadspas</span></a></body></html>',
    );
  });
  it('leaves text alone that already has a Latin-script language, code and scripts', () => {
    const html = '<html lang="uk"><body><section lang="nl"><p>Naar de huisarts</p></section><code>npm test</code><script>let a = 1;</script><p>до huisarts</p></body></html>';
    expect(markLatinRuns(html, options)).toBe('<html lang="uk"><body><section lang="nl"><p>Naar de huisarts</p></section><code>npm test</code><script>let a = 1;</script><p>до <span lang="nl">huisarts</span></p></body></html>');
  });
  it('marks a text with only Latin letters as one run, punctuation included', () => {
    const html = '<html lang="ar" dir="rtl"><body><a href="https://x.nl/a-b/">x.nl/a-b</a> <span> Transformatorweg 2, Amsterdam </span><b>&nbsp;112 &amp; 18</b></body></html>';
    expect(markLatinRuns(html, options)).toBe(
      '<html lang="ar" dir="rtl"><body><a href="https://x.nl/a-b/"><span lang="nl" dir="ltr">x.nl/a-b</span></a> <span> <span lang="nl" dir="ltr">Transformatorweg 2, Amsterdam</span> </span><b>&nbsp;112 &amp; 18</b></body></html>',
    );
  });
  it('does nothing to pages in a Latin-script language', () => {
    const html = '<html lang="en"><body><p>Go to the huisarts</p></body></html>';
    expect(markLatinRuns(html, options)).toBe(html);
  });
});
