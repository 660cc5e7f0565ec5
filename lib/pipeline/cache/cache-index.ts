// Owns the response cache's in-memory index: key → size and stamps, kept in least-recently-used order.

export interface IndexRow {
  bytes: number;
  createdAt: number;
  lastUsedAt: number;
  // Bumped on every write of the key, so a deferred write can tell that its entry was replaced.
  version: number;
}

export interface CacheIndex {
  readonly size: number;
  readonly bytes: number;
  get(key: string): IndexRow | undefined;
  // Records a written entry as the most recently used.
  put(key: string, row: Omit<IndexRow, 'version'>): IndexRow;
  // Records a hit: new stamp, most recently used.
  touch(key: string, stamp: number): void;
  remove(key: string): void;
  // The least recently used key, skipping `except`.
  oldest(except?: string): string | undefined;
  clear(): void;
  // A strictly increasing LRU stamp that follows the wall clock: no two entries ever tie.
  nextStamp(now: number): number;
}

export function createCacheIndex(): CacheIndex {
  // A Map iterates in insertion order; re-inserting on use keeps the LRU entry first, so eviction is O(1).
  const rows = new Map<string, IndexRow>();
  let bytes = 0;
  let version = 0;
  let lastStamp = -Infinity;

  const remove = (key: string) => {
    const row = rows.get(key);
    if (!row) return;
    bytes -= row.bytes;
    rows.delete(key);
  };

  return {
    get size() {
      return rows.size;
    },
    get bytes() {
      return bytes;
    },
    get: (key) => rows.get(key),
    put(key, fields) {
      remove(key);
      const row: IndexRow = { ...fields, version: ++version };
      rows.set(key, row);
      bytes += row.bytes;
      lastStamp = Math.max(lastStamp, row.lastUsedAt);
      return row;
    },
    touch(key, stamp) {
      const row = rows.get(key);
      if (!row) return;
      rows.delete(key);
      row.lastUsedAt = stamp;
      rows.set(key, row);
    },
    remove,
    oldest(except) {
      for (const key of rows.keys()) if (key !== except) return key;
      return undefined;
    },
    clear() {
      rows.clear();
      bytes = 0;
    },
    nextStamp(now) {
      lastStamp = Math.max(now, lastStamp + 1);
      return lastStamp;
    },
  };
}
