/**
 * Rehype plugin: heading ids that start with the content's language, like `nl-dit-moet-u-weten`.
 * The bilingual view shows the Dutch text and its translation on one page, and a heading can read
 * the same in both ("Dokters van de Wereld"); a translated heading can also read like one of the
 * site's own sections ("Who can help?"). The prefix keeps every id on a page unique. Astro's own
 * heading-id step keeps ids that are already set.
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function rehypeLocaleHeadingIds(options: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const relative = path.relative(options.contentDir, file.path);
    if (relative.startsWith('..')) return;
    const locale = relative.split(path.sep)[0]!;
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName) || typeof node.properties['id'] === 'string') return;
      node.properties['id'] = `${locale}-${slugger.slug(toString(node))}`;
    });
  };
}
