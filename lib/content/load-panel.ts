// Owns loading the panel module the first time a user asks for it.
import { browser } from 'wxt/browser';
import { registeredPanel, type InlinePanelApi } from './panel-api';

let loading: Promise<InlinePanelApi> | null = null;

export function loadPanel(): Promise<InlinePanelApi> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/inline-panel.js')).then(() => {
    const api = registeredPanel();
    if (!api) throw new Error('The panel module did not register.');
    return api;
  });
  // A failed load (extension updated mid-session) may succeed on the next try.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
