import type { Translation } from './content-schema';

/**
 * What a reader is told about the text they are reading:
 * - `source`: the Dutch original;
 * - `machine`: translated by a computer, not yet checked by a native speaker;
 * - `human`: translated by a person, not yet checked by a second native speaker;
 * - `checked`: checked by a native speaker;
 * - `outdated`: the Dutch text changed after this translation was made;
 * - `missing`: no translation, the Dutch text is shown instead.
 */
export type TranslationState = 'source' | 'machine' | 'human' | 'checked' | 'outdated' | 'missing';

export function translationState(translation: Translation | undefined, currentSourceHash: string, isSource: boolean): TranslationState {
  if (isSource) return 'source';
  if (!translation) return 'missing';
  if (translation.sourceHash !== currentSourceHash) return 'outdated';
  if (translation.review === 'checked') return 'checked';
  return translation.method === 'machine' ? 'machine' : 'human';
}

/** One recorded version of a Dutch text, oldest first in `content/versions.json`. */
export interface SourceVersion {
  hash: string;
  date: string;
}

export type VersionHistory = Record<string, readonly SourceVersion[]>;

/** 1-based version number of a hash in an item's history, or undefined when the hash is unknown. */
export function versionNumber(history: VersionHistory, key: string, hash: string): number | undefined {
  const index = (history[key] ?? []).findIndex((v) => v.hash === hash);
  return index === -1 ? undefined : index + 1;
}

/**
 * Append the current hash of every source item whose text changed since the last recorded
 * version. Returns a new history; items are kept in key order so the file diffs cleanly.
 */
export function stampHistory(history: VersionHistory, currentHashes: Record<string, string>, today: string): VersionHistory {
  const next: Record<string, SourceVersion[]> = {};
  const keys = [...new Set([...Object.keys(history), ...Object.keys(currentHashes)])].sort();
  for (const key of keys) {
    const versions = [...(history[key] ?? [])];
    const current = currentHashes[key];
    if (current && versions.at(-1)?.hash !== current) versions.push({ hash: current, date: today });
    next[key] = versions;
  }
  return next;
}

/** A piece of text in the language it is actually shown in, and what the reader is told about it. */
export interface Localised<T> {
  value: T;
  /** Locale code of the text itself: the reader's locale, or the source locale as fallback. */
  locale: string;
  state: TranslationState;
}

/**
 * Pick the translated item when there is one; otherwise the Dutch source. A data file carries
 * one translation block (method, review) and a sourceHash per item.
 */
export function localiseItem<T>(
  source: T,
  sourceHash: string,
  target: { localeCode: string; sourceLocale: string },
  file: Pick<Translation, 'method' | 'review' | 'checkedOn'> | undefined,
  item: (T & { sourceHash: string }) | undefined,
): Localised<T> {
  if (target.localeCode === target.sourceLocale) return { value: source, locale: target.sourceLocale, state: 'source' };
  if (!file || !item) return { value: source, locale: target.sourceLocale, state: 'missing' };
  const { sourceHash: itemHash, ...value } = item;
  return {
    value: value as T,
    locale: target.localeCode,
    state: translationState({ ...file, sourceHash: itemHash }, sourceHash, false),
  };
}
