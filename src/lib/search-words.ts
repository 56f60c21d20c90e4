/**
 * People type questions ("waar kan ik slapen"), and Pagefind only returns pages that contain
 * every word. When a question of several words finds nothing, the search asks for each word on
 * its own and merges the answers with this. Pages with more of the words come first. Among pages
 * with as many words, a page's score for each word is divided by the number of pages with that
 * word, so common words ("kan" is on most pages) add little and the telling word decides.
 */
export interface ScoredResult<T> {
  id: string;
  score: number;
  value: T;
}

export function splitQuery(query: string): string[] {
  return [...new Set(query.split(/\s+/).filter(Boolean))];
}

export function mergeWordResults<T>(perWord: readonly (readonly ScoredResult<T>[])[]): T[] {
  const merged = new Map<string, { words: number; score: number; value: T }>();
  for (const results of perWord) {
    for (const { id, score, value } of results) {
      const entry = merged.get(id) ?? { words: 0, score: 0, value };
      entry.words += 1;
      entry.score += score / results.length;
      merged.set(id, entry);
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.value);
}
