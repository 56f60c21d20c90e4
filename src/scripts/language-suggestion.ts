/**
 * Marks the phone's own language in the language chooser and moves it to the top. It never
 * redirects: a shared or borrowed phone may be set to someone else's language.
 */
export function markSuggestedLanguage(doc: Document, preferred: readonly string[]): void {
  const list = doc.querySelector('[data-language-chooser]');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>('li[data-lang]')];
  for (const wanted of preferred.map((l) => l.toLowerCase())) {
    const match =
      items.find((li) => li.dataset['lang']?.toLowerCase() === wanted) ??
      items.find((li) => li.dataset['lang']?.toLowerCase().split('-')[0] === wanted.split('-')[0]);
    if (match) {
      match.querySelector<HTMLElement>('.language-choice-suggested')?.removeAttribute('hidden');
      match.classList.add('language-suggested');
      list.prepend(match);
      return;
    }
  }
}
