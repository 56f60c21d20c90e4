/**
 * Every piece of text in another language carries its own direction: an element whose `lang` is
 * written in the other direction than the text around it must set `dir`. Otherwise a Dutch name
 * in Arabic text takes the digits after it along ("Amsterdam, 21" instead of "21 سبتمبر").
 */
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config';
import { htmlFiles, read } from './built-site';

const directionOf = new Map(locales.map((l) => [l.lang, l.dir]));

function directionProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: (string | undefined)[] = [undefined];
  const parser = new Parser({
    onopentag(name, attributes) {
      const dir = attributes['dir'] ?? stack[stack.length - 1];
      const lang = attributes['lang'];
      const needed = lang === undefined ? undefined : directionOf.get(lang);
      if (needed && dir !== needed) {
        problems.push(`<${name} lang="${lang}"> is ${needed} text inside ${dir} text without dir="${needed}"`);
      }
      stack.push(dir);
    },
    onclosetag() {
      stack.pop();
    },
  });
  parser.end(html);
  return problems;
}

describe('lang and dir', () => {
  it('finds a missing dir', () => {
    expect(directionProblems('<html lang="ar" dir="rtl"><p>المصدر: <span lang="nl">Gemeente</span></p></html>')).toHaveLength(1);
    expect(directionProblems('<html lang="ar" dir="rtl"><p>المصدر: <span lang="nl" dir="ltr">Gemeente</span></p></html>')).toEqual([]);
  });

  it('every element in another language has the direction of that language', () => {
    const problems = htmlFiles().flatMap((file) => [...new Set(directionProblems(read(file)))].map((p) => `${file}: ${p}`));
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
