// Owns UI strings: every string a person reads goes through here, in the browser's UI language (public/_locales), English by default.
import { extensionApi } from '../platform/extension-api';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

// In a content script each getMessage call goes through the extension bindings (a CPU profile of the inline
// panel put it at 3.5 ms of main-thread time per streamed answer: a render asks for dozens of strings, and the
// panel renders on every delta). The catalogue cannot change while a page lives, so a message is read once.
// Messages with substitutions are kept too (the model's name, "2 of 3"), in a bounded map: a counter's values
// would otherwise grow it for as long as the page lives. An empty answer (no such message, or a test's fake
// browser) is not kept.
const messages = new Map<string, string>();
const MAX_KEPT = 500;

function message(key: string, substitutions?: string | string[]): string {
  const id = substitutions === undefined ? key : `${key}\u0000${[substitutions].flat().join('\u0001')}`;
  let text = messages.get(id);
  if (text === undefined) {
    text = extensionApi().i18n.getMessage(key as MessageKey, substitutions);
    if (text === '') return text;
    if (messages.size >= MAX_KEPT) messages.clear();
    messages.set(id, text);
  }
  return text;
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return message(key, substitutions) || key;
}

export function isMessageKey(key: string): key is MessageKey {
  return message(key) !== '';
}
