/**
 * Read aloud and print. Read aloud uses only voices that run on the phone itself
 * (`localService`): some browsers offer network voices, which would send the text elsewhere.
 */
export function enhancePageTools(doc: Document): void {
  const print = doc.querySelector<HTMLButtonElement>('[data-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }

  const button = doc.querySelector<HTMLButtonElement>('[data-read-aloud]');
  if (!button || !('speechSynthesis' in window)) return;
  const lang = (button.dataset['lang'] ?? '').toLowerCase();
  const base = lang.split('-')[0];
  const findVoice = () =>
    speechSynthesis
      .getVoices()
      .filter((v) => v.localService)
      .find((v) => v.lang.toLowerCase() === lang || v.lang.toLowerCase().split(/[-_]/)[0] === base);
  const label = button.querySelector('span');
  const readLabel = label?.textContent ?? '';

  const offer = () => {
    const voice = findVoice();
    button.hidden = !voice;
    return voice;
  };
  offer();
  speechSynthesis.addEventListener('voiceschanged', offer);

  button.addEventListener('click', () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      return;
    }
    const voice = offer();
    const article = doc.querySelector<HTMLElement>('[data-pagefind-body]');
    if (!voice || !article) return;
    const clone = article.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[popover], [data-pagefind-ignore], button').forEach((n) => n.remove());
    const utterance = new SpeechSynthesisUtterance(clone.textContent?.replace(/\s+/g, ' ') ?? '');
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onstart = () => label && (label.textContent = button.dataset['stop'] ?? readLabel);
    utterance.onend = utterance.onerror = () => label && (label.textContent = readLabel);
    speechSynthesis.speak(utterance);
  });
}
