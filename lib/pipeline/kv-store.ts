// Owns the small key-value interface pipeline stages persist through (IndexedDB or storage.session in
// the extension, a Map in tests), so no stage imports a storage API directly.
export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  entries(): Promise<Array<[string, T]>>;
  clear(): Promise<void>;
  // Opens the backing database ahead of the first read, where opening it is a step of its own.
  open?(): Promise<void>;
}

export function memoryStore<T>(): KeyValueStore<T> & { map: Map<string, T> } {
  const map = new Map<string, T>();
  return {
    map,
    get: async (key) => map.get(key),
    set: async (key, value) => {
      map.set(key, value);
    },
    delete: async (key) => {
      map.delete(key);
    },
    entries: async () => [...map.entries()],
    clear: async () => map.clear(),
  };
}
