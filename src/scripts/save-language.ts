/**
 * The "save this language" controls. The service worker does the storing (so saving and updating
 * share one code path); this page shows the size first, asks the browser to keep the files
 * (persistent storage), and reports progress.
 */
import { formatBytes } from '../lib/offline';

export function enhanceSaveLanguage(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-save-language]');
  const status = box?.querySelector<HTMLElement>('[data-save-status]');
  const save = box?.querySelector<HTMLButtonElement>('[data-save]');
  const remove = box?.querySelector<HTMLButtonElement>('[data-remove]');
  if (!box || !status || !save || !remove) return;
  const text = (key: string, values: Record<string, string> = {}) =>
    Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), box.dataset[key] ?? '');
  doc.querySelectorAll<HTMLElement>('[data-without-javascript]').forEach((note) => (note.hidden = true));
  const locale = box.dataset['saveLanguage']!;
  const lang = box.dataset['lang']!;
  const date = (iso: string) => (iso ? new Date(iso).toLocaleDateString(lang, { dateStyle: 'long' }) : '');

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = text('notSupported');
    return;
  }
  const send = async (message: Record<string, string>) => (await navigator.serviceWorker.ready).active?.postMessage(message);
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type: string; locale: string; done?: number; total?: number; saved?: boolean; savedAt?: string };
    if (data.locale !== locale) return;
    if (data.type === 'progress') status.textContent = text('progress', { done: String(data.done), total: String(data.total) });
    if (data.type === 'saved' || (data.type === 'status' && data.saved)) {
      status.textContent = text('saved', { date: date(data.savedAt ?? '') });
      remove.hidden = false;
    }
    if (data.type === 'removed') {
      status.textContent = text('removed');
      remove.hidden = true;
    }
    if (data.type === 'failed') status.textContent = text('failed');
    save.disabled = false;
  });

  void fetch(`/offline/${locale}.json`)
    .then((response) => response.json() as Promise<{ bytes: number }>)
    .then((manifest) => {
      save.querySelector('span')!.textContent = text('button', { size: formatBytes(manifest.bytes, lang) });
      save.hidden = false;
    })
    .catch(() => (status.textContent = text('failed')));
  void send({ type: 'status', locale });

  save.addEventListener('click', () => {
    save.disabled = true;
    // Ask the browser not to clear these files when space runs low; it may still say no.
    void navigator.storage?.persist?.();
    void send({ type: 'save', locale });
  });
  remove.addEventListener('click', () => void send({ type: 'remove', locale }));
}
