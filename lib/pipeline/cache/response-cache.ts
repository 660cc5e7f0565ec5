// Owns the persistent LRU response cache: TTL freshness, the stale fallback, size caps, failure tolerance.
import type { Clock } from '../clock';
import type { KeyValueStore } from '../kv-store';
import type { CachePolicy } from '../../settings/policy-schemas';
import { CacheEntrySchema, entryBytes, type CacheEntry } from './cache-entry';
import { createCacheIndex } from './cache-index';
import { createHotEntries } from './hot-entries';
import { reportDiagnostic } from '../../diagnostics/diagnostics-log';

export interface ResponseCacheDeps {
  store: KeyValueStore<unknown>;
  clock: Clock;
  // Read on every call, so settings changes apply without rebuilding the cache.
  policy: () => CachePolicy;
}

export type CacheWrite = Pick<CacheEntry, 'text' | 'model' | 'targetId' | 'finishReason' | 'usage'>;

export interface CacheHit {
  entry: CacheEntry;
  // Past its TTL: returned only to callers that asked for the stale fallback.
  stale: boolean;
}

export interface CacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  staleHits: number;
  failures: number;
}

export interface ResponseCache {
  get(key: string, options?: { allowStale?: boolean }): Promise<CacheHit | undefined>;
  set(key: string, value: CacheWrite): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
  stats(): CacheStats;
  lastError(): string | null;
  // Opens the store while a request is on its way, so that its lookup does not wait for that; never throws.
  // (Reading the keys as well, to answer misses from memory, made the first lookup later with a full cache.)
  warm(): Promise<void>;
  // Settles once an index load in flight and every queued store write (hit stamps included) are done: for tests
  // and shutdown.
  flush(): Promise<void>;
}

type PendingTouch = { entry: CacheEntry; version: number };

export function createResponseCache({ store, clock, policy }: ResponseCacheDeps): ResponseCache {
  const index = createCacheIndex();
  const hot = createHotEntries();
  const counters = { hits: 0, misses: 0, staleHits: 0, failures: 0 };
  let lastError: string | null = null;
  let loaded: Promise<boolean> | null = null;
  // Whether the index has been read from storage since this worker started.
  let indexReady = false;
  let tail: Promise<void> = Promise.resolve();
  // Hit stamps not yet written: at most one queued write per key however many hits come meanwhile.
  const pendingTouches = new Map<string, PendingTouch>();

  function fail(op: string, error: unknown): void {
    counters.failures++;
    reportDiagnostic({ stage: 'cache', operation: op, error, level: 'warn' });
    lastError = `${op}: ${describe(error)}`;
  }

  function miss(): undefined {
    counters.misses++;
    return undefined;
  }

  // Store writes run one at a time in call order, and the index changes only after a write succeeds,
  // so the index always matches the store. A failed task is counted and never blocks the next one.
  function enqueue(op: string, task: () => Promise<void>): Promise<void> {
    const run = tail.then(task).catch((error: unknown) => fail(op, error));
    tail = run;
    return run;
  }

  // The index is built once from storage, on first use; a failed load is retried on the next call.
  function ensureLoaded(): Promise<boolean> {
    loaded ??= load().then((ok) => {
      if (ok) indexReady = true;
      else loaded = null;
      return ok;
    });
    return loaded;
  }

  async function load(): Promise<boolean> {
    let stored: Array<[string, unknown]>;
    try {
      stored = await store.entries();
    } catch (error) {
      fail('load', error);
      return false;
    }
    const valid: Array<[string, CacheEntry]> = [];
    for (const [key, value] of stored) {
      const parsed = CacheEntrySchema.safeParse(value);
      if (parsed.success) valid.push([key, parsed.data]);
      else void enqueue('drop', () => store.delete(key));
    }
    // Oldest use first, so the restored index has the LRU order it had before the restart.
    valid.sort(([, a], [, b]) => a.lastUsedAt - b.lastUsedAt);
    for (const [key, entry] of valid) {
      index.put(key, { bytes: entry.bytes, createdAt: entry.createdAt, lastUsedAt: entry.lastUsedAt });
    }
    // The caps may have shrunk since these entries were written.
    void enqueue('evict', () => evictOverCaps());
    return true;
  }

  // Runs inside the queue. Stops at the first failed delete rather than let the index drift from the store.
  async function evictOverCaps(keep?: string): Promise<void> {
    const { maxEntries, maxBytes } = policy();
    while (index.size > maxEntries || index.bytes > maxBytes) {
      const victim = index.oldest(keep);
      if (victim === undefined) return;
      await store.delete(victim);
      index.remove(victim);
    }
  }

  // Write-through of the new LRU stamp, off the hit's path. Skipped when the entry was replaced or
  // removed meanwhile, so an old text can never overwrite a newer one.
  function scheduleTouch(key: string, touch: PendingTouch): void {
    const queued = pendingTouches.has(key);
    pendingTouches.set(key, touch);
    if (queued) return;
    void enqueue('touch', async () => {
      const pending = pendingTouches.get(key);
      pendingTouches.delete(key);
      const row = index.get(key);
      if (!pending || !row || row.version !== pending.version) return;
      await store.set(key, { ...pending.entry, lastUsedAt: row.lastUsedAt });
    });
  }

  // A hit's new LRU stamp: in the index at once, in the store off the hit's path.
  function stampUse(key: string, version: number, stored: CacheEntry): CacheEntry {
    const entry: CacheEntry = { ...stored, lastUsedAt: index.nextStamp(clock.now()) };
    index.touch(key, entry.lastUsedAt);
    hot.remember(key, version, entry);
    scheduleTouch(key, { entry, version });
    return entry;
  }

  function judge(entry: CacheEntry, ttlMs: number, allowStale: boolean): CacheHit | undefined {
    const stale = clock.now() - entry.createdAt > ttlMs;
    // Expired entries stay stored: they are the fallback when every target fails.
    if (stale && !allowStale) return miss();
    if (stale) counters.staleHits++;
    else counters.hits++;
    return { entry, stale };
  }

  // Lookups after a worker start read their one entry instead of waiting for the index. Building the index reads
  // every entry: in front of the first request's fetch that was 18–28 ms with 1,000 entries (the default cap), and
  // while that request streamed it delayed the first delta by 4 ms. A miss leaves the index to the answer's own
  // write, once the stream is done; a hit reads it to record the use, after its answer is out.
  async function getBeforeIndex(key: string, ttlMs: number, allowStale: boolean): Promise<CacheHit | undefined> {
    let raw: unknown;
    try {
      raw = await store.get(key);
    } catch (error) {
      fail('get', error);
      return miss();
    }
    if (raw === undefined) return miss();
    const parsed = CacheEntrySchema.safeParse(raw);
    // A corrupt entry is dropped by the index load.
    if (!parsed.success) return miss();
    const hit = judge(parsed.data, ttlMs, allowStale);
    if (!hit) return undefined;
    const read = parsed.data;
    void ensureLoaded().then((ok) => {
      const row = index.get(key);
      // Stamped only if the index still holds the entry this lookup read, not one written since.
      if (ok && row && row.createdAt === read.createdAt && row.bytes === read.bytes) stampUse(key, row.version, read);
    });
    return hit;
  }

  async function get(key: string, options: { allowStale?: boolean } = {}): Promise<CacheHit | undefined> {
    const { enabled, ttlMs } = policy();
    if (!enabled) return undefined;
    if (!indexReady) return getBeforeIndex(key, ttlMs, options.allowStale === true);
    if (!(await ensureLoaded())) return miss();
    const row = index.get(key);
    if (!row) return miss();
    const version = row.version;
    let raw: unknown = hot.get(key, version);
    if (raw === undefined) {
      try {
        raw = await store.get(key);
      } catch (error) {
        fail('get', error);
        return miss();
      }
    }
    const parsed = CacheEntrySchema.safeParse(raw);
    if (!parsed.success) {
      // Corrupt, or gone behind the index's back: forget it, unless a newer write replaced it meanwhile.
      void enqueue('drop', async () => {
        if (index.get(key)?.version !== version) return;
        if (raw !== undefined) await store.delete(key);
        index.remove(key);
      });
      return miss();
    }
    const hit = judge(parsed.data, ttlMs, options.allowStale === true);
    return hit && { entry: stampUse(key, version, parsed.data), stale: hit.stale };
  }

  async function set(key: string, value: CacheWrite): Promise<void> {
    if (!policy().enabled) return;
    if (!(await ensureLoaded())) return;
    await enqueue('set', async () => {
      const now = clock.now();
      const fields = {
        text: value.text,
        model: value.model,
        targetId: value.targetId,
        finishReason: value.finishReason,
        ...(value.usage ? { usage: value.usage } : {}),
        createdAt: now,
        lastUsedAt: index.nextStamp(now),
      };
      const parsed = CacheEntrySchema.safeParse({ ...fields, bytes: entryBytes(fields) });
      if (!parsed.success) {
        fail('set', parsed.error);
        return;
      }
      const entry = parsed.data;
      if (entry.bytes > policy().maxBytes) {
        // Too big to keep. Drop the answer it replaces too, so a later hit cannot replay that one.
        if (index.get(key)) {
          await store.delete(key);
          index.remove(key);
        }
        return;
      }
      try {
        await store.set(key, entry);
      } catch (error) {
        // Quota or a broken database: give up on this entry; the caller has its answer anyway.
        fail('set', error);
        return;
      }
      index.put(key, { bytes: entry.bytes, createdAt: entry.createdAt, lastUsedAt: entry.lastUsedAt });
      await evictOverCaps(key);
    });
  }

  async function remove(key: string): Promise<void> {
    await ensureLoaded();
    await enqueue('delete', async () => {
      await store.delete(key);
      index.remove(key);
    });
  }

  async function clear(): Promise<void> {
    await ensureLoaded();
    await enqueue('clear', async () => {
      await store.clear();
      index.clear();
      pendingTouches.clear();
    });
  }

  // The cache never throws to its caller: whatever escapes (a throwing policy getter too) is counted.
  function guard<A extends unknown[], R>(op: string, fallback: R, fn: (...args: A) => Promise<R>) {
    return async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (error) {
        fail(op, error);
        return fallback;
      }
    };
  }

  return {
    get: guard('get', undefined, get),
    set: guard('set', undefined, set),
    delete: guard('delete', undefined, remove),
    clear: guard('clear', undefined, clear),
    stats: () => ({ entries: index.size, bytes: index.bytes, ...counters }),
    lastError: () => lastError,
    warm: guard('warm', undefined, async () => {
      if (!indexReady && policy().enabled) await store.open?.();
    }),
    flush: async () => {
      // Tasks may queue more tasks (a load queues evictions), so wait until the tail stops moving.
      // An index load in flight counts too: it queues the evictions of lowered caps.
      let seen: Promise<void>;
      do {
        await loaded;
        seen = tail;
        await seen;
      } while (seen !== tail);
    },
  };
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return typeof name === 'string' && name ? `${name}: ${String(message)}` : String(message);
  }
  return String(error);
}
