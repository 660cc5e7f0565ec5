// Owns the IndexedDB-backed KeyValueStore, through idb-keyval: one database per store name.
import { clear, createStore, del, entries, get, set } from 'idb-keyval';
import type { KeyValueStore } from './kv-store';

export function idbStore<T>(name: string): KeyValueStore<T> {
  const store = createStore(`draftsmith-${name}`, name);
  return {
    get: (key) => get<T>(key, store),
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
    entries: () => entries<string, T>(store),
    clear: () => clear(store),
    // An empty transaction: idb-keyval opens its database on the first use of the store.
    open: () => store('readonly', () => undefined),
  };
}
