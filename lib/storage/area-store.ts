// Owns the one way background code reaches browser.storage: a KeyValueStore over an area (local, sync or
// session), optionally under a key prefix. Pipeline stages receive such stores injected; other modules build
// theirs here, so every read and write of storage goes through the same small interface.
import { browser } from 'wxt/browser';
import type { KeyValueStore } from '../pipeline/kv-store';

export type StorageAreaName = 'local' | 'sync' | 'session';

export function areaStore<T>(areaName: StorageAreaName, prefix = ''): KeyValueStore<T> {
  const area = () => browser.storage[areaName];
  const full = (key: string) => (prefix ? `${prefix}:${key}` : key);
  const owned = (key: string) => !prefix || key.startsWith(`${prefix}:`);
  const strip = (key: string) => (prefix ? key.slice(prefix.length + 1) : key);
  return {
    get: async (key) => (await area().get(full(key)))[full(key)] as T | undefined,
    set: (key, value) => area().set({ [full(key)]: value }),
    delete: (key) => area().remove(full(key)),
    entries: async () =>
      Object.entries(await area().get(null))
        .filter(([key]) => owned(key))
        .map(([key, value]) => [strip(key), value as T]),
    clear: async () => {
      const keys = Object.keys(await area().get(null)).filter(owned);
      await area().remove(keys);
    },
  };
}

// State that must outlive a service-worker restart (rate limits, breakers, form-fill jobs) but not the session.
export const sessionStore = <T>(prefix: string): KeyValueStore<T> => areaStore<T>('session', prefix);
