/**
 * `content/` holds one folder per locale plus a few shared data files and folders. Anything else
 * is a mistake (a typo in a locale code, a folder for a language not in src/config.ts), and would
 * otherwise be skipped without a word. This returns one message per unexpected entry.
 */
export const SHARED_CONTENT_ENTRIES = ['sources.yaml', 'versions.json', 'organisations', 'glossary.yaml', 'changes.yaml', 'README.md'];

export function unexpectedContentEntries(entries: readonly string[], localeCodes: readonly string[]): string[] {
  return entries
    .filter((name) => !name.startsWith('.'))
    .filter((name) => !localeCodes.includes(name) && !SHARED_CONTENT_ENTRIES.includes(name))
    .map(
      (name) =>
        `content/${name} is not a known locale or data file. Fix: rename it to one of the locale codes in src/config.ts (${localeCodes.join(', ')}), or add the locale to src/config.ts first.`,
    );
}
