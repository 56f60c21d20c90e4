/**
 * Search with Pagefind in the browser. Pagefind loads only when the search box gets focus, and
 * only from this site. Results are written with textContent (never HTML), and the status line
 * is a live region so screen readers hear the count.
 */
import { normaliseForSearch } from '../lib/search-normalise';
import { mergeWordResults, splitQuery } from '../lib/search-words';

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  plain_excerpt?: string;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(query: string, options?: unknown, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
const PAGEFIND = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (module) => {
    // A constant cache tag lets the service worker serve the index offline (no ?ts=<now>).
    await module.options({ metaCacheTag: 'wegwijzer', excerptLength: 18, ranking: { metaWeights: { title: 6, keywords: 4 } } });
    await module.init();
    return module;
  });
  return pagefind;
}

export function enhanceSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const lang = form.dataset['lang'] ?? 'nl';
  const plural = new Intl.PluralRules(lang);
  const say = (text: string) => (status.textContent = text);
  // Search works: the "without JavaScript you cannot search" note is not true here.
  doc.querySelectorAll<HTMLElement>('[data-without-javascript]').forEach((note) => (note.hidden = true));

  const run = async () => {
    const query = normaliseForSearch(input.value.trim(), lang);
    if (!query) {
      list.replaceChildren();
      say('');
      return;
    }
    say(form.dataset['loading'] ?? '');
    try {
      const module = await loadPagefind();
      const search = await module.debouncedSearch(query, {}, 200);
      if (!search) return; // superseded by a newer query
      let results = search.results;
      const words = splitQuery(query);
      if (results.length === 0 && words.length > 1) {
        // A question finds no page with every word: look for pages with some of the words.
        const perWord = await Promise.all(words.map(async (word) => (await module.search(word)).results.map((r) => ({ id: r.id, score: r.score, value: r }))));
        if (normaliseForSearch(input.value.trim(), lang) !== query) return; // the reader typed on
        results = mergeWordResults(perWord);
      }
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      list.replaceChildren(
        ...data.map((result) => {
          const item = doc.createElement('li');
          const link = doc.createElement('a');
          link.href = result.url;
          link.textContent = result.meta.title ?? result.url;
          const excerpt = doc.createElement('p');
          excerpt.textContent = result.plain_excerpt ?? '';
          item.append(link, excerpt);
          return item;
        }),
      );
      const count = results.length;
      say(count === 0 ? (form.dataset['noResults'] ?? '') : (form.getAttribute(`data-results-${plural.select(count)}`) ?? '').replace('{count}', String(count)));
    } catch {
      say(form.dataset['error'] ?? '');
    }
  };

  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
}
