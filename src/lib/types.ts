/** Shapes of the site configuration, shared by `src/config.ts` and the pure functions in `src/lib/`. */

export type Direction = 'ltr' | 'rtl';

export interface LocaleConfig {
  /** URL segment and folder name, lower case: `nl`, `pt-br`. */
  code: string;
  /** BCP-47 tag for `lang` attributes: `nl`, `pt-BR`. */
  lang: string;
  dir: Direction;
  /** ISO 15924 script code: Dutch words inside text in another script than Latin get marked as Dutch. */
  script: 'Latn' | 'Arab' | 'Ethi' | 'Cyrl';
  /** The language's name in its own script, as shown in the language chooser. */
  name: string;
  /** English name, for editors and error messages. */
  englishName: string;
}

export interface TopicConfig {
  id: string;
  /** Name of an icon in `src/components/Icon.astro`. */
  icon: string;
  /** Whether the home page shows a tile for this topic. */
  tile: boolean;
}
