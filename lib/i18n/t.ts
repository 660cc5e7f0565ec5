// Owns UI strings: every string a person reads goes through here, in the browser's UI language (public/_locales), English by default.
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function isMessageKey(key: string): key is MessageKey {
  return browser.i18n.getMessage(key as MessageKey) !== '';
}
