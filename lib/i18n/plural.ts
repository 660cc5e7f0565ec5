// Owns plural forms: a count picks its message through the UI language's plural rules (Intl.PluralRules).
// The base key holds the "other" form; a language with more forms adds keys named `<base>_<category>`
// (`_one`, `_few`, ...), and a form it lacks falls back to the base key.
import { extensionApi } from '../platform/extension-api';
import { isMessageKey, t, type MessageKey } from './t';

export function pluralKey(base: MessageKey, count: number, locale = extensionApi().i18n.getUILanguage(), has: (key: string) => boolean = isMessageKey): MessageKey {
  const category = new Intl.PluralRules(locale).select(count);
  if (category === 'other') return base;
  const key = `${base}_${category}`;
  return has(key) ? (key as MessageKey) : base;
}

// By default the count alone is the substitution ($1); a message with more passes them all, count included.
export function tPlural(base: MessageKey, count: number, substitutions?: string[]): string {
  return t(pluralKey(base, count), substitutions ?? [new Intl.NumberFormat(extensionApi().i18n.getUILanguage()).format(count)]);
}
