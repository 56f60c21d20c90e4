/**
 * Internal links of a built site: every href and src that stays on this site must lead to a file
 * that exists, and every #anchor to an id on that page.
 */
import { Parser } from 'htmlparser2';

export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

/** The ids and the internal link targets of one HTML page. */
export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.add(attributes['id']);
      const target = name === 'a' || name === 'link' ? attributes['href'] : name === 'script' || name === 'img' ? attributes['src'] : undefined;
      if (target && !/^(https?:|mailto:|tel:|data:|\/\/)/.test(target)) links.push(target);
    },
  });
  parser.write(html);
  parser.end();
  return { ids, links };
}

/**
 * Broken links: `pages` maps a site path (`/nl/zorg/`) to its links, `exists` says whether a path
 * is served (a page or a file).
 */
export function findBrokenLinks(pages: ReadonlyMap<string, PageLinks>, exists: (path: string) => boolean): { from: string; href: string; reason: string }[] {
  const broken: { from: string; href: string; reason: string }[] = [];
  for (const [from, { links, ids }] of pages) {
    for (const href of links) {
      const url = new URL(href, `http://site${from}`);
      const path = decodeURI(url.pathname);
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (!exists(path)) {
        broken.push({ from, href, reason: 'no such page or file' });
        continue;
      }
      const targetIds = path === from ? ids : pages.get(path)?.ids;
      if (anchor && targetIds && !targetIds.has(anchor)) broken.push({ from, href, reason: `no id "${anchor}" on ${path}` });
    }
  }
  return broken;
}
