// Owns a small in-memory copy of recently used cache entries, so a hit skips the IndexedDB read.
// Entries are tagged with the index version they were read at: a replaced or removed entry never
// answers from here, because its version no longer matches the index.
import type { CacheEntry } from './cache-entry';

const MAX_ENTRIES = 64;
const MAX_BYTES = 1_000_000;

export interface HotEntries {
  get(key: string, version: number): CacheEntry | undefined;
  remember(key: string, version: number, entry: CacheEntry): void;
}

export function createHotEntries(): HotEntries {
  const entries = new Map<string, { version: number; entry: CacheEntry }>();
  let bytes = 0;
  const drop = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.entry.bytes;
    entries.delete(key);
  };
  return {
    get(key, version) {
      const hit = entries.get(key);
      if (!hit || hit.version !== version) return undefined;
      // Map order is the LRU order: re-insert on use.
      entries.delete(key);
      entries.set(key, hit);
      return hit.entry;
    },
    remember(key, version, entry) {
      drop(key);
      if (entry.bytes > MAX_BYTES / 4) return;
      entries.set(key, { version, entry });
      bytes += entry.bytes;
      while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        drop(oldest);
      }
    },
  };
}
