// Owns the behaviour suite every KeyValueStore backing the response cache must pass (memory, IndexedDB).
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../lib/pipeline/clock';
import type { KeyValueStore } from '../../lib/pipeline/kv-store';
import type { CachePolicy } from '../../lib/settings/policy-schemas';
import { createResponseCache, type CacheWrite, type ResponseCache } from '../../lib/pipeline/cache/response-cache';

export const TTL_MS = 60_000;

export function manualClock(start = 1_000_000): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    sleep: async () => {},
    advance: (ms) => {
      now += ms;
    },
  };
}

export function testPolicy(overrides: Partial<CachePolicy> = {}): CachePolicy {
  return { enabled: true, maxEntries: 100, maxBytes: 1_000_000, ttlMs: TTL_MS, maxTemperature: 0.3, cacheAnyTemperature: false, ...overrides };
}

export function answer(text: string): CacheWrite {
  return { text, model: 'm-1', targetId: 't-1', finishReason: 'stop', usage: { promptTokens: 3, completionTokens: 5, estimated: false } };
}

// One cache plus the knobs a test turns; `reopen` builds a second cache over the same storage,
// as a restarted service worker would.
export interface Harness {
  cache: ResponseCache;
  clock: ReturnType<typeof manualClock>;
  policy: CachePolicy;
  store: KeyValueStore<unknown>;
  reopen(): ResponseCache;
}

export type StoreFactory = () => { store: KeyValueStore<unknown>; reopenStore: () => KeyValueStore<unknown> };

function harness(makeStore: StoreFactory, overrides: Partial<CachePolicy> = {}): Harness {
  const { store, reopenStore } = makeStore();
  const clock = manualClock();
  const policy = testPolicy(overrides);
  const deps = { clock, policy: () => policy };
  return { cache: createResponseCache({ store, ...deps }), clock, policy, store, reopen: () => createResponseCache({ store: reopenStore(), ...deps }) };
}

async function present(cache: ResponseCache, keys: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const key of keys) if (await cache.get(key, { allowStale: true })) found.push(key);
  return found;
}

export function responseCacheContract(name: string, makeStore: StoreFactory): void {
  describe(`response cache over ${name}`, () => {
    it('misses, then hits with the stored fields', async () => {
      const { cache, clock } = harness(makeStore);
      expect(await cache.get('k')).toBeUndefined();
      await cache.set('k', answer('hello'));
      clock.advance(10);
      const hit = await cache.get('k');
      expect(hit?.stale).toBe(false);
      expect(hit?.entry).toMatchObject({ ...answer('hello'), createdAt: clock.now() - 10, lastUsedAt: clock.now() });
      expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1, staleHits: 0, failures: 0 });
      expect(cache.stats().bytes).toBe(hit?.entry.bytes);
    });

    it.each([
      { age: TTL_MS, allowStale: false, result: 'fresh' },
      { age: TTL_MS, allowStale: true, result: 'fresh' },
      { age: TTL_MS + 1, allowStale: false, result: 'miss' },
      { age: TTL_MS + 1, allowStale: true, result: 'stale' },
    ])('an entry $age ms old with allowStale=$allowStale is $result', async ({ age, allowStale, result }) => {
      const { cache, clock } = harness(makeStore);
      await cache.set('k', answer('a'));
      clock.advance(age);
      const hit = await cache.get('k', { allowStale });
      expect(hit === undefined ? 'miss' : hit.stale ? 'stale' : 'fresh').toBe(result);
      // Expired entries stay stored as the fallback for when every target fails.
      expect(cache.stats().entries).toBe(1);
      expect(cache.stats().staleHits).toBe(result === 'stale' ? 1 : 0);
    });

    it('evicts the least recently used entry past maxEntries; a get protects an entry', async () => {
      const { cache } = harness(makeStore, { maxEntries: 3 });
      for (const key of ['a', 'b', 'c']) await cache.set(key, answer(key));
      await cache.get('a');
      await cache.set('d', answer('d'));
      await cache.set('e', answer('e'));
      expect(cache.stats().entries).toBe(3);
      expect(await present(cache, ['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'd', 'e']);
    });

    it('evicts the least recently used entries until the byte cap holds', async () => {
      const probe = harness(makeStore);
      await probe.cache.set('probe', answer('x'.repeat(400)));
      const size = probe.cache.stats().bytes;
      // Room for two entries, not three.
      const { cache } = harness(makeStore, { maxBytes: size * 2 + size / 2 });
      for (const key of ['a', 'b', 'c']) await cache.set(key, answer('x'.repeat(400)));
      expect(cache.stats()).toMatchObject({ entries: 2, bytes: size * 2 });
      expect(await present(cache, ['a', 'b', 'c'])).toEqual(['b', 'c']);
    });

    it('does not store an entry larger than maxBytes, and drops the answer it replaces', async () => {
      const { cache } = harness(makeStore, { maxBytes: 1024 });
      await cache.set('small', answer('ok'));
      await cache.set('k', answer('ok'));
      await cache.set('k', answer('x'.repeat(2000)));
      expect(await present(cache, ['small', 'k'])).toEqual(['small']);
      expect(cache.stats().failures).toBe(0);
    });

    it('reads and writes nothing while disabled', async () => {
      const h = harness(makeStore);
      await h.cache.set('k', answer('a'));
      h.policy.enabled = false;
      expect(await h.cache.get('k')).toBeUndefined();
      await h.cache.set('other', answer('b'));
      h.policy.enabled = true;
      expect(await present(h.cache, ['k', 'other'])).toEqual(['k']);
    });

    it('drops a corrupted stored value and treats it as a miss', async () => {
      const h = harness(makeStore);
      await h.cache.set('k', answer('a'));
      await h.store.set('k', { text: 42 });
      expect(await h.cache.get('k')).toBeUndefined();
      await h.cache.flush();
      expect(await h.store.get('k')).toBeUndefined();
      expect(h.cache.stats()).toMatchObject({ entries: 0, misses: 1 });
    });

    it('drops corrupted values found when loading', async () => {
      const h = harness(makeStore);
      await h.store.set('bad', 'not an entry');
      await h.cache.set('good', answer('a'));
      await h.cache.flush();
      expect(await h.store.get('bad')).toBeUndefined();
      expect(h.cache.stats().entries).toBe(1);
    });

    it('survives a restart with entries and LRU order intact, even when the clock stands still', async () => {
      const h = harness(makeStore, { maxEntries: 3 });
      // Insertion order, key order and use order all differ, so only the stored stamps can restore LRU.
      for (const key of ['z', 'y', 'x']) await h.cache.set(key, answer(key));
      await h.cache.get('y');
      await h.cache.flush();
      const restarted = h.reopen();
      await restarted.set('d', answer('d'));
      await restarted.set('e', answer('e'));
      expect(await present(restarted, ['x', 'y', 'z', 'd', 'e'])).toEqual(['y', 'd', 'e']);
      expect((await restarted.get('y'))?.entry.text).toBe('y');
    });

    it('applies caps lowered while it was not running', async () => {
      const h = harness(makeStore);
      for (const key of ['a', 'b', 'c']) await h.cache.set(key, answer(key));
      await h.cache.flush();
      h.policy.maxEntries = 2;
      const restarted = h.reopen();
      // A lookup after a restart reads only its own entry; the first write reads the index and applies the caps.
      await restarted.get('none');
      await restarted.set('d', answer('d'));
      await restarted.flush();
      expect(restarted.stats().entries).toBe(2);
      expect((await h.store.entries()).map(([key]) => key).sort()).toEqual(['c', 'd']);
    });

    it('delete and clear remove entries', async () => {
      const h = harness(makeStore);
      for (const key of ['a', 'b', 'c']) await h.cache.set(key, answer(key));
      await h.cache.delete('a');
      expect(await present(h.cache, ['a', 'b', 'c'])).toEqual(['b', 'c']);
      await h.cache.clear();
      expect(h.cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
      await h.cache.flush();
      expect(await h.store.entries()).toEqual([]);
      expect(await h.reopen().get('b')).toBeUndefined();
    });
  });
}
