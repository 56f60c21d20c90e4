/** Every internal link and anchor of the built site resolves, in every locale. */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config';
import { extractLinks, findBrokenLinks, type PageLinks } from '../../src/lib/link-check';
import { htmlFiles, isServed, read, servedPath } from './built-site';

describe('links in the built site', () => {
  const pages = new Map<string, PageLinks>(htmlFiles().map((file) => [servedPath(file), extractLinks(read(file))]));

  it('has every locale', () => {
    for (const locale of locales) expect(pages.has(`/${locale.code}/`), locale.code).toBe(true);
  });

  it('has no broken internal link or anchor', () => {
    const broken = findBrokenLinks(pages, isServed);
    expect(broken.map((b) => `${b.from} → ${b.href}: ${b.reason}`)).toEqual([]);
  });
});
