/**
 * On every page: shows the "check overdue" notice when due, registers the service worker, offers a reload when a new version is ready
 * (never reloads by itself), and fills in when a saved copy was stored. The "saved copy" notice
 * itself needs no JavaScript: CSS shows it when the service worker marked the page.
 */
export function watchOfflineStatus(doc: Document): void {
  // A page that went past its review-by date after the last build says so too.
  const today = new Date().toISOString().slice(0, 10);
  doc.querySelectorAll<HTMLElement>('[data-review-by]').forEach((notice) => {
    if (notice.dataset['reviewBy']! < today) notice.hidden = false;
  });
  const savedAt = doc.documentElement.dataset['savedAt'];
  const savedOn = doc.querySelector<HTMLElement>('[data-saved-on]');
  if (savedAt && savedOn) {
    const date = new Date(savedAt).toLocaleString(doc.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' });
    savedOn.textContent = (savedOn.dataset['template'] ?? '').replace('{date}', date);
  }
  if (!('serviceWorker' in navigator)) return;
  const banner = doc.querySelector<HTMLElement>('[data-update-banner]');
  let accepted = false;
  const offer = (worker: ServiceWorker) => {
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector('button')?.addEventListener('click', () => {
      accepted = true;
      worker.postMessage({ type: 'skip-waiting' });
    });
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => accepted && location.reload());
  void navigator.serviceWorker.register('/sw.js').then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
  });
}
