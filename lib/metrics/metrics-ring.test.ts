import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { idbStore } from '../pipeline/idb-store';
import { memoryStore } from '../pipeline/kv-store';
import { createMetricsRing } from './metrics-ring';
import { makeRecord } from '../../tests/support/metrics-record-fixture';

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 0, 1);
const rec = (n: number, model = 'gpt-4o-mini') => makeRecord({ id: `r${n}`, at: T0 + n * HOUR, model });
const ids = (records: Array<{ id: string }>) => records.map((record) => record.id);
const slotKeys = (map: Map<string, unknown>) => [...map.keys()].filter((key) => key.startsWith('slot:'));

describe('metrics ring', () => {
  it('keeps only the newest `capacity` records, overwriting the oldest slot', async () => {
    const store = memoryStore<unknown>();
    const ring = createMetricsRing({ store, capacity: 3 });
    for (let n = 1; n <= 5; n++) await ring.append(rec(n));
    expect(ids(await ring.list())).toEqual(['r3', 'r4', 'r5']);
    expect(slotKeys(store.map)).toHaveLength(3);
  });

  it('continues the sequence over the same store after a restart', async () => {
    const store = memoryStore<unknown>();
    const before = createMetricsRing({ store, capacity: 3 });
    await before.append(rec(1));
    await before.append(rec(2));
    const after = createMetricsRing({ store, capacity: 3 });
    await after.append(rec(3));
    await after.append(rec(4));
    expect(ids(await after.list())).toEqual(['r2', 'r3', 'r4']);
  });

  it('survives a restart on IndexedDB', async () => {
    const first = createMetricsRing({ store: idbStore('metrics-ring-test'), capacity: 2 });
    await first.append(rec(1));
    await first.append(rec(2));
    const second = createMetricsRing({ store: idbStore('metrics-ring-test'), capacity: 2 });
    await second.append(rec(3));
    expect(ids(await second.list())).toEqual(['r2', 'r3']);
  });

  it('lists by time even when records arrive out of order', async () => {
    const ring = createMetricsRing({ store: memoryStore(), capacity: 10 });
    for (const n of [3, 1, 2]) await ring.append(rec(n));
    expect(ids(await ring.list())).toEqual(['r1', 'r2', 'r3']);
  });

  it.each([
    ['no filter', {}, ['r1', 'r2', 'r3', 'r4']],
    ['from is inclusive', { from: T0 + 2 * HOUR }, ['r2', 'r3', 'r4']],
    ['to is exclusive', { to: T0 + 3 * HOUR }, ['r1', 'r2']],
    ['both', { from: T0 + 2 * HOUR, to: T0 + 4 * HOUR }, ['r2', 'r3']],
    ['model', { model: 'deepseek-chat' }, ['r2', 'r4']],
    ['model and range', { model: 'deepseek-chat', to: T0 + 3 * HOUR }, ['r2']],
  ])('filters: %s', async (_label, filter, expected) => {
    const ring = createMetricsRing({ store: memoryStore(), capacity: 10 });
    for (const n of [1, 2, 3, 4]) await ring.append(rec(n, n % 2 === 0 ? 'deepseek-chat' : 'gpt-4o-mini'));
    expect(ids(await ring.list(filter))).toEqual(expected);
  });

  it('gives concurrent appends distinct slots', async () => {
    const ring = createMetricsRing({ store: memoryStore(), capacity: 10 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => ring.append(rec(n))));
    expect(ids(await ring.list())).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('rejects an invalid record', async () => {
    const ring = createMetricsRing({ store: memoryStore(), capacity: 10 });
    await expect(ring.append(makeRecord({ latencyMs: -1 }))).rejects.toThrow();
    expect(await ring.list()).toEqual([]);
  });

  it('skips invalid stored records', async () => {
    const store = memoryStore<unknown>();
    const ring = createMetricsRing({ store, capacity: 10 });
    await ring.append(rec(1));
    await ring.append(rec(2));
    store.map.set('slot:0', { seq: 0, record: { id: 'broken' } });
    expect(ids(await ring.list())).toEqual(['r2']);
  });

  it('rebuilds the sequence from the slots when its counter is lost', async () => {
    const store = memoryStore<unknown>();
    const ring = createMetricsRing({ store, capacity: 3 });
    for (let n = 1; n <= 4; n++) await ring.append(rec(n));
    store.map.delete('__ring_meta__');
    const restarted = createMetricsRing({ store, capacity: 3 });
    await restarted.append(rec(5));
    expect(ids(await restarted.list())).toEqual(['r3', 'r4', 'r5']);
  });

  it.each([
    ['shrinks', 5, 3, ['r4', 'r5', 'r6']],
    ['grows', 3, 5, ['r3', 'r4', 'r5', 'r6']],
  ])('keeps the newest records when the capacity %s across a restart', async (_label, before, after, expected) => {
    const store = memoryStore<unknown>();
    const first = createMetricsRing({ store, capacity: before });
    for (let n = 1; n <= 5; n++) await first.append(rec(n));
    const second = createMetricsRing({ store, capacity: after });
    await second.append(rec(6));
    expect(ids(await second.list())).toEqual(expected);
    expect(slotKeys(store.map).length).toBeLessThanOrEqual(after);
  });

  it('clear() empties the ring and restarts the sequence', async () => {
    const store = memoryStore<unknown>();
    const ring = createMetricsRing({ store, capacity: 3 });
    for (let n = 1; n <= 4; n++) await ring.append(rec(n));
    await ring.clear();
    expect(await ring.list()).toEqual([]);
    await ring.append(rec(9));
    expect(ids(await createMetricsRing({ store, capacity: 3 }).list())).toEqual(['r9']);
  });

  it.each([0, -1, 1.5])('rejects capacity %s', (capacity) => {
    expect(() => createMetricsRing({ store: memoryStore(), capacity })).toThrow(RangeError);
  });
});
