import { createHash } from 'node:crypto';

/**
 * A short, stable fingerprint of a piece of Dutch text. Translations store the fingerprint of the
 * Dutch text they were made from, so "this translation is outdated" can be decided from the files
 * alone, without git history (a shallow clone in CI has none).
 * Whitespace differences do not count as changes.
 */
export function textHash(parts: readonly string[]): string {
  const normalised = parts.map((part) => part.replace(/\s+/g, ' ').trim()).join('\n\u241e\n');
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}
