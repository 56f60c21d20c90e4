import type { TranslationState } from './translation-status';

export interface Completeness {
  translated: number;
  current: number;
  checked: number;
  total: number;
}

/**
 * How complete a language is: pages with a translation (any state but missing), pages whose
 * translation matches the current Dutch text, and pages checked by a native speaker.
 */
export function completeness(states: readonly TranslationState[]): Completeness {
  const translated = states.filter((s) => s !== 'missing').length;
  const current = states.filter((s) => s !== 'missing' && s !== 'outdated').length;
  const checked = states.filter((s) => s === 'checked' || s === 'source').length;
  return { translated, current, checked, total: states.length };
}
