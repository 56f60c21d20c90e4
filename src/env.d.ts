/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The locale of the page being rendered, so MDX components can link within it. */
    readerLocale?: import('./lib/types').LocaleConfig;
  }
}
