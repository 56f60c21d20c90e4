import type { Loader } from 'astro/loaders';

/**
 * Wraps a glob loader over `content/<locale>/...` so that every entry's data carries the locale
 * taken from its folder. The page schema then checks the locale like any other field, and the
 * error names the file and the fix.
 */
export function withLocaleFromFolder(inner: Loader): Loader {
  return {
    ...inner,
    name: `locale-from-folder(${inner.name})`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) =>
          context.parseData({ ...props, data: { ...props.data, locale: props.id.split('/')[0] } }),
      }),
  };
}
