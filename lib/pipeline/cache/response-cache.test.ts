import { describe, expect, it } from 'vitest';
import { memoryStore, type KeyValueStore } from '../kv-store';
import { createResponseCache } from './response-cache';
import { answer, manualClock, responseCacheContract, testPolicy } from '../../../tests/support/response-cache-contract';
import type { CachePolicy } from '../../settings/policy-schemas';

responseCacheContract('a Map', () => {
  const store = memoryStore<unknown>();
  return { store, reopenStore: () => store };
});

type Method = keyof KeyValueStore<unknown>;

// A memory store whose chosen methods throw, the way a broken IndexedDB or a full disk would.
function failingStore(failing: Method[], error: unknown): KeyValueStore<unknown> & { map: Map<string, unknown> } {
  const inner = memoryStore<unknown>();
  const fail = (method: Method) => failing.includes(method);
  return {
    map: inner.map,
    get: (key) => (fail('get') ? Promise.reject(error) : inner.get(key)),
    set: (key, value) => (fail('set') ? Promise.reject(error) : inner.set(key, value)),
    delete: (key) => (fail('delete') ? Promise.reject(error) : inner.delete(key)),
    entries: () => (fail('entries') ? Promise.reject(error) : inner.entries()),
    clear: () => (fail('clear') ? Promise.reject(error) : inner.clear()),
  };
}

// A promise the test settles by hand, to hold a store call open.
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

function cacheOver(store: KeyValueStore<unknown>, policy: CachePolicy = testPolicy()) {
  return createResponseCache({ store, clock: manualClock(), policy: () => policy });
}

describe('response cache failure tolerance', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it.each<{ failing: Method[]; error: unknown; lastError: RegExp }>([
    { failing: ['set'], error: quota, lastError: /^set: QuotaExceededError/ },
    { failing: ['get'], error: new Error('disk I/O'), lastError: /^get: Error: disk I\/O/ },
    { failing: ['entries'], error: new Error('UnknownError'), lastError: /^load: / },
    { failing: ['get', 'set', 'delete', 'entries', 'clear'], error: 'broken', lastError: /broken/ },
  ])('never throws when $failing fail', async ({ failing, error, lastError }) => {
    const store = failingStore(failing, error);
    const cache = cacheOver(store);
    store.map.set('k', { junk: true });
    await expect(cache.set('k', answer('a'))).resolves.toBeUndefined();
    await expect(cache.get('k')).resolves.toBeUndefined();
    await expect(cache.delete('k')).resolves.toBeUndefined();
    await expect(cache.clear()).resolves.toBeUndefined();
    await cache.flush();
    expect(cache.stats().failures).toBeGreaterThan(0);
    expect(cache.lastError()).toMatch(lastError);
  });

  it('a failed write leaves the previous entry and the index in agreement', async () => {
    const failing: Method[] = [];
    const store = failingStore(failing, quota);
    const cache = cacheOver(store);
    await cache.set('k', answer('old'));
    failing.push('set');
    await cache.set('k', answer('new'));
    await cache.set('other', answer('x'));
    expect(cache.stats()).toMatchObject({ entries: 1, failures: 2 });
    expect((await cache.get('k'))?.entry.text).toBe('old');
  });

  it('retries loading after a failed load', async () => {
    const failing: Method[] = ['entries'];
    const store = failingStore(failing, new Error('not yet'));
    await store.set('k', (await seeded()).get('k'));
    const cache = cacheOver(store);
    // The first lookup reads its entry directly; the index load after it fails.
    expect((await cache.get('k'))?.entry.text).toBe('seed');
    await cache.flush();
    expect(cache.stats()).toMatchObject({ entries: 0, failures: 1 });
    failing.pop();
    expect((await cache.get('k'))?.entry.text).toBe('seed');
    await cache.flush();
    expect(cache.stats()).toMatchObject({ entries: 1, failures: 1, hits: 2 });
  });

  it('counts a throwing policy getter instead of throwing', async () => {
    const cache = createResponseCache({
      store: memoryStore(),
      clock: manualClock(),
      policy: () => {
        throw new Error('settings not loaded');
      },
    });
    await expect(cache.get('k')).resolves.toBeUndefined();
    await expect(cache.set('k', answer('a'))).resolves.toBeUndefined();
    expect(cache.lastError()).toBe('set: Error: settings not loaded');
  });
});

// A store already holding one entry under 'k', written by a cache.
async function seeded(): Promise<Map<string, unknown>> {
  const store = memoryStore<unknown>();
  await cacheOver(store).set('k', answer('seed'));
  return store.map;
}

describe('response cache, first lookups after a restart', () => {
  // A store written by an earlier worker, whose full read (the index load) the test holds open.
  async function restarted(keys: string[]) {
    const store = memoryStore<unknown>();
    const writer = cacheOver(store, testPolicy({ maxEntries: 2 }));
    for (const key of keys) await writer.set(key, answer(key));
    const held = gate();
    let reads = 0;
    const entries = store.entries;
    store.entries = async () => {
      reads++;
      await held.opened;
      return entries();
    };
    return { store, held, reads: () => reads, cache: cacheOver(store, testPolicy({ maxEntries: 2 })) };
  }

  it('answer from one read of their entry; a miss leaves the index to the write that follows it', async () => {
    const { held, reads, cache } = await restarted(['a']);
    await expect(cache.get('nothing')).resolves.toBeUndefined();
    expect(reads()).toBe(0);
    expect((await cache.get('a'))?.entry.text).toBe('a');
    // The hit started the index load (to stamp its use), which is still held: the answer did not wait for it.
    expect(reads()).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
    held.open();
    await cache.flush();
    expect((await cache.get('a'))?.entry.text).toBe('a');
    expect(reads()).toBe(1);
  });

  it('warm opens the store without reading anything, and never throws', async () => {
    const { store, reads, cache } = await restarted(['a']);
    let opened = 0;
    store.open = async () => {
      opened++;
    };
    await cache.warm();
    expect({ opened, reads: reads() }).toEqual({ opened: 1, reads: 0 });
    expect((await cache.get('a'))?.entry.text).toBe('a');
    store.open = () => Promise.reject(new Error('blocked'));
    const broken = cacheOver(store);
    await expect(broken.warm()).resolves.toBeUndefined();
    expect(broken.lastError()).toMatch(/^warm: Error: blocked/);
  });

  it('stamp a hit made before the index was read, so LRU eviction still spares it', async () => {
    const { held, cache } = await restarted(['old', 'new']);
    // 'old' is the least recently used entry until this hit.
    expect((await cache.get('old'))?.entry.text).toBe('old');
    held.open();
    await cache.set('third', answer('third'));
    await cache.flush();
    expect((await cache.get('old'))?.entry.text).toBe('old');
    await expect(cache.get('new')).resolves.toBeUndefined();
  });

  it('treat an expired or corrupt entry as a miss, and serve the expired one as a stale fallback', async () => {
    const store = memoryStore<unknown>();
    const clock = manualClock();
    await createResponseCache({ store, clock, policy: () => testPolicy() }).set('k', answer('kept'));
    store.map.set('junk', { text: 1 });
    clock.advance(testPolicy().ttlMs + 1);
    const fresh = () => createResponseCache({ store, clock, policy: () => testPolicy() });
    await expect(fresh().get('k')).resolves.toBeUndefined();
    await expect(fresh().get('junk')).resolves.toBeUndefined();
    expect(await fresh().get('k', { allowStale: true })).toMatchObject({ stale: true, entry: { text: 'kept' } });
  });
});

describe('response cache hit path', () => {
  it('a hit returns before its stamp is written, and hits meanwhile share one queued write', async () => {
    const store = memoryStore<unknown>();
    const cache = cacheOver(store);
    await cache.set('k', answer('a'));
    const held = gate();
    let writes = 0;
    const set = store.set;
    store.set = async (key, value) => {
      writes++;
      await held.opened;
      return set(key, value);
    };
    const first = await cache.get('k');
    const later = [];
    for (let i = 0; i < 5; i++) later.push(await cache.get('k'));
    // One write is held open; the five later stamps wait behind it as a single write.
    expect(writes).toBe(1);
    held.open();
    await cache.flush();
    expect(writes).toBe(2);
    expect(first).toBeDefined();
    const stored = store.map.get('k') as { lastUsedAt: number };
    expect(stored.lastUsedAt).toBe(later.at(-1)?.entry.lastUsedAt);
  });

  it('a stamp write never puts back an entry replaced while it was being read', async () => {
    const store = memoryStore<unknown>();
    const cache = cacheOver(store);
    await cache.set('k', answer('old'));
    const held = gate();
    const get = store.get;
    store.get = async (key) => {
      const value = await get(key);
      await held.opened;
      return value;
    };
    const reading = cache.get('k');
    await cache.set('k', answer('new'));
    held.open();
    expect((await reading)?.entry.text).toBe('old');
    await cache.flush();
    expect(store.map.get('k')).toMatchObject({ text: 'new' });
  });
});
