import { describe, expect, it } from 'vitest';
import { extractLinks, findBrokenLinks } from '../../src/lib/link-check';

describe('link check', () => {
  it('finds internal links and ids, and skips external ones', () => {
    const page = extractLinks('<a id="top" href="/nl/zorg/">a</a><a href="https://x.org/">b</a><a href="mailto:a@b">c</a><script src="/_astro/a.js"></script>');
    expect(page.links).toEqual(['/nl/zorg/', '/_astro/a.js']);
    expect([...page.ids]).toEqual(['top']);
  });

  it('reports missing pages and missing anchors', () => {
    const pages = new Map([
      ['/nl/', { ids: new Set(['a']), links: ['/nl/zorg/', '/nl/x/', '#a', '#b', '/nl/zorg/#c'] }],
      ['/nl/zorg/', { ids: new Set(['d']), links: [] }],
    ]);
    const broken = findBrokenLinks(pages, (p) => pages.has(p));
    expect(broken).toEqual([
      { from: '/nl/', href: '/nl/x/', reason: 'no such page or file' },
      { from: '/nl/', href: '#b', reason: 'no id "b" on /nl/' },
      { from: '/nl/', href: '/nl/zorg/#c', reason: 'no id "c" on /nl/zorg/' },
    ]);
  });
});
