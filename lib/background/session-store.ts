// Owns a KeyValueStore over storage.session: state that must outlive a service-worker restart
// (rate limits, breakers) but not the browser session.
import { browser } from 'wxt/browser';
import type { KeyValueStore } from '../pipeline/kv-store';

export function sessionStore<T>(prefix: string): KeyValueStore<T> {
  const area = browser.storage.session;
  const full = (key: string) => `${prefix}:${key}`;
  return {
    get: async (key) => (await area.get(full(key)))[full(key)] as T | undefined,
    set: (key, value) => area.set({ [full(key)]: value }),
    delete: (key) => area.remove(full(key)),
    entries: async () =>
      Object.entries(await area.get(null))
        .filter(([key]) => key.startsWith(`${prefix}:`))
        .map(([key, value]) => [key.slice(prefix.length + 1), value as T]),
    clear: async () => {
      const keys = Object.keys(await area.get(null)).filter((key) => key.startsWith(`${prefix}:`));
      await area.remove(keys);
    },
  };
}
