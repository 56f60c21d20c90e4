/**
 * The readable text of an MDX page, as blocks (title, summary, headings, paragraphs, list items,
 * table cells), for the B1 check. Code and imports are skipped; text inside components such as
 * <Term> and <Org> counts, and so do step titles.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { TextBlock } from './readability';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

export function mdxTextBlocks(source: string): TextBlock[] {
  const tree = processor.parse(source) as Root;
  const blocks: TextBlock[] = [];
  const push = (kind: TextBlock['kind'], node: RootContent, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) blocks.push({ kind, text: clean, ...(node.position ? { line: node.position.start.line } : {}) });
  };
  visit(tree, (node) => {
    switch (node.type) {
      case 'yaml': {
        const data = parseYaml(node.value) as { title?: string; summary?: string };
        if (data.title) push('title', node, data.title);
        if (data.summary) push('summary', node, data.summary);
        return 'skip';
      }
      case 'heading':
        push('heading', node, toString(node));
        return 'skip';
      case 'paragraph':
        push('paragraph', node, toString(node));
        return 'skip';
      case 'tableCell':
        push('table-cell', node, toString(node));
        return 'skip';
      case 'code':
      case 'mdxjsEsm':
        return 'skip';
      case 'mdxJsxFlowElement': {
        const title = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title');
        if (title && typeof title.value === 'string') push('heading', node, title.value);
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return blocks;
}
