/**
 * Finding the first use of a glossary term in a text. Matching respects Unicode word boundaries
 * (so "huisarts" does not match inside "huisartsenpraktijk" unless that form is listed) and is
 * case-insensitive, except for acronyms (CAK, IND), which must match exactly.
 */
export interface TermForms {
  id: string;
  forms: readonly string[];
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isAcronym(form: string): boolean {
  return form.length > 1 && form === form.toUpperCase() && /\p{Lu}/u.test(form);
}

/** Every match of any unseen term in `text`, first occurrence per term, in text order. */
export function findTermMatches(text: string, terms: readonly TermForms[], seen: ReadonlySet<string>): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const term of terms) {
    if (seen.has(term.id)) continue;
    let best: TermMatch | undefined;
    // Longest forms first, so "huisartsenpraktijk" wins over "huisarts" at the same place.
    for (const form of [...term.forms].sort((a, b) => b.length - a.length)) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, isAcronym(form) ? 'u' : 'iu');
      const found = pattern.exec(text);
      if (found && (!best || found.index < best.start)) best = { id: term.id, start: found.index, end: found.index + found[0].length };
    }
    if (best) matches.push(best);
  }
  matches.sort((a, b) => a.start - b.start);
  // Overlapping matches: keep the earliest.
  return matches.filter((m, i) => i === 0 || m.start >= matches[i - 1]!.end);
}
