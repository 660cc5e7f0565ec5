// Owns loading the selection card module the first time the context menu or its shortcut needs it.
import { browser } from 'wxt/browser';
import { registeredSelectionCard, type SelectionCardApi } from './selection-card-api';

let loading: Promise<SelectionCardApi> | null = null;

export function loadSelectionCard(): Promise<SelectionCardApi> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/selection-card.js')).then(() => {
    const api = registeredSelectionCard();
    if (!api) throw new Error('The selection card module did not register.');
    return api;
  });
  // A failed load (extension updated mid-session) may succeed on the next try.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
