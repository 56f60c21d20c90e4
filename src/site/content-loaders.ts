import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/source-files';

/**
 * Wraps a loader over files in `content/` so their data is read as YAML 1.2 (the `yaml`
 * package's core schema). The YAML 1.1 reader used by default turns `2026-13-01` into
 * 1 January 2027, which would slip a wrong date past the schema; YAML 1.2 has no implicit
 * timestamps, so dates reach the schema exactly as written.
 * With `localeFromFolder`, each entry also gets the locale of its folder (`content/<locale>/...`),
 * which the schema then checks like any other field.
 */
export function contentLoader(inner: Loader, options: { localeFromFolder: boolean }): Loader {
  return {
    ...inner,
    name: `wegwijzer(${inner.name})`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          let data: Record<string, unknown> = props.data;
          if (props.filePath) {
            const text = readFileSync(props.filePath, 'utf8');
            data = /\.mdx?$/.test(props.filePath) ? splitFrontmatter(text).data : ((parse(text) ?? {}) as Record<string, unknown>);
          }
          if (options.localeFromFolder) data = { ...data, locale: props.id.split('/')[0] };
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}

/** The file() loader's parser for YAML lists, in YAML 1.2 (see above). */
export const parseYaml12 = (text: string) => parse(text) as Record<string, unknown>[];
