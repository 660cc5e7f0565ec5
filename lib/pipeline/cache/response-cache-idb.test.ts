import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { idbStore } from '../idb-store';
import { responseCacheContract } from '../../../tests/support/response-cache-contract';

let database = 0;

// A fresh database per test; reopening makes a new idb-keyval handle on the same database.
responseCacheContract('IndexedDB (fake-indexeddb)', () => {
  const name = `response-cache-test-${++database}`;
  return { store: idbStore<unknown>(name), reopenStore: () => idbStore<unknown>(name) };
});

describe('idbStore.open', () => {
  it('creates and opens the database before any read or write, and the store still works after it', async () => {
    const name = `open-test-${++database}`;
    const store = idbStore<string>(name);
    await store.open?.();
    expect((await indexedDB.databases()).map((db) => db.name)).toContain(`draftsmith-${name}`);
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
  });
});
