/**
 * Quick exit behaviour. Kept free of page-specific code so every page can load it: one tap on a
 * quick-exit link, or Shift pressed three times (each press within 5 seconds of the last), hides
 * the page at once and replaces it in the history with the neutral site.
 */
const PRESSES_NEEDED = 3;
const WINDOW_MS = 5000;

export function enhanceQuickExit(doc: Document): void {
  const button = doc.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (!button) return;

  const leave = (event?: Event) => {
    event?.preventDefault();
    doc.documentElement.classList.add('quick-exit-leaving');
    location.replace(button.href);
  };
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-quick-exit], [data-quick-exit-link]')) {
    link.addEventListener('click', leave);
  }

  let presses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shiftUsedAsModifier = false;
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const reset = () => {
    presses = 0;
    clearTimeout(timer);
  };

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' && event.shiftKey) shiftUsedAsModifier = true;
  });
  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') {
      reset();
      return;
    }
    if (shiftUsedAsModifier) {
      // Shift+A and the like are typing, not a request to leave.
      shiftUsedAsModifier = false;
      reset();
      return;
    }
    presses += 1;
    clearTimeout(timer);
    if (presses >= PRESSES_NEEDED) {
      leave();
      return;
    }
    say(button.dataset[presses === 1 ? 'pressTwoMore' : 'pressOneMore'] ?? '');
    timer = setTimeout(() => {
      presses = 0;
      say(button.dataset['timedOut'] ?? '');
    }, WINDOW_MS);
  });

  // Coming back through the back/forward cache must show the page again.
  addEventListener('pageshow', (event: PageTransitionEvent) => {
    if (event.persisted) doc.documentElement.classList.remove('quick-exit-leaving');
  });
}
