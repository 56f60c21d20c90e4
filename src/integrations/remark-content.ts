/**
 * Remark plugin for the MDX pages in content/<locale>/. At compile time it:
 * 1. refuses components editors cannot use, and <Term>/<Org> ids that do not exist, naming the
 *    file and the fix;
 * 2. turns the first use of each glossary term on a page into <Term id="..."> (the Term component
 *    renders a definition that opens on tap);
 * 3. marks which <Term> is the first for its id, so only that one gets a definition pop-up.
 * Links, organisation names and definitions are resolved at render time for the reader's locale.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { findTermMatches, type TermForms } from '../lib/glossary';

export const MDX_COMPONENTS = ['Term', 'Org', 'Steps', 'Step', 'Warning', 'Inset'] as const;

export interface RemarkContentOptions {
  contentDir: string;
  sourceLocale: string;
}

interface GlossaryForms {
  ids: Set<string>;
  formsByLocale: Map<string, TermForms[]>;
}

function readYamlIfExists(file: string): unknown {
  return existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
}

/** Term ids and, per locale, the words that link to them. Malformed files are reported by the content schema. */
function loadGlossaryForms(contentDir: string, sourceLocale: string): GlossaryForms {
  const source = readYamlIfExists(path.join(contentDir, 'glossary.yaml'));
  const entries = Array.isArray(source) ? (source as { id: string; forms?: string[] }[]) : [];
  const formsByLocale = new Map<string, TermForms[]>();
  formsByLocale.set(sourceLocale, entries.map((e) => ({ id: e.id, forms: e.forms ?? [] })));
  return { ids: new Set(entries.map((e) => e.id)), formsByLocale };
}

function formsFor(glossary: GlossaryForms, contentDir: string, locale: string): TermForms[] {
  let forms = glossary.formsByLocale.get(locale);
  if (!forms) {
    const translated = readYamlIfExists(path.join(contentDir, locale, 'glossary.yaml')) as
      | { terms?: Record<string, { forms?: string[] }> }
      | undefined;
    forms = Object.entries(translated?.terms ?? {}).map(([id, t]) => ({ id, forms: t.forms ?? [] }));
    glossary.formsByLocale.set(locale, forms);
  }
  return forms;
}

function attribute(node: { attributes: MdxJsxTextElement['attributes'] }, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function termElement(id: string, value: string, first: boolean, locale: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Term',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: id },
      { type: 'mdxJsxAttribute', name: 'contentLocale', value: locale },
      ...(first ? [{ type: 'mdxJsxAttribute' as const, name: 'first', value: 'true' }] : []),
    ],
    children: [{ type: 'text', value }],
  };
}

/** Node types whose text must never become a glossary link. */
const NO_LINKING = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

export function remarkContent(options: RemarkContentOptions) {
  const glossary = loadGlossaryForms(options.contentDir, options.sourceLocale);
  const organisationsDir = path.join(options.contentDir, 'organisations');

  return (tree: Root, file: VFile) => {
    const relative = path.relative(options.contentDir, file.path);
    if (relative.startsWith('..') || !file.path.endsWith('.mdx')) return;
    const locale = relative.split(path.sep)[0]!;
    const where = `content/${relative.split(path.sep).join('/')}`;
    const seen = new Set<string>();

    // Pass 1: validate components and mark explicit first uses, in document order.
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const name = node.name ?? '';
      if (!/^[A-Z]/.test(name)) return;
      if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
        file.fail(`${where}: <${name}> is not a component you can use here. Fix: use one of ${MDX_COMPONENTS.join(', ')}, or plain Markdown.`, node);
      }
      const id = attribute(node, 'id');
      if (name === 'Term') {
        if (!id || !glossary.ids.has(id)) {
          file.fail(`${where}: <Term id="${id ?? ''}"> is not in content/glossary.yaml. Fix: use an existing id, or add the term to content/glossary.yaml first.`, node);
        }
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'contentLocale', value: locale });
        if (!seen.has(id!)) {
          seen.add(id!);
          node.attributes.push({ type: 'mdxJsxAttribute', name: 'first', value: 'true' });
        }
      }
      if (name === 'Org' && (!id || !existsSync(path.join(organisationsDir, `${id}.yaml`)))) {
        file.fail(`${where}: <Org id="${id ?? ''}"> has no file content/organisations/${id ?? '<id>'}.yaml. Fix: use an existing organisation id, or add the organisation first.`, node);
      }
    });

    // Pass 2: link the first use of every other term in running text.
    const terms = formsFor(glossary, options.contentDir, locale).filter((t) => t.forms.length > 0);
    visit(tree, (node, index, parent) => {
      if (NO_LINKING.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = (node as Text).value;
      const matches = findTermMatches(text, terms, seen);
      if (matches.length === 0) return;
      const replacement: RootContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        if (match.start > cursor) replacement.push({ type: 'text', value: text.slice(cursor, match.start) });
        replacement.push(termElement(match.id, text.slice(match.start, match.end), true, locale));
        seen.add(match.id);
        cursor = match.end;
      }
      if (cursor < text.length) replacement.push({ type: 'text', value: text.slice(cursor) });
      (parent.children as RootContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
