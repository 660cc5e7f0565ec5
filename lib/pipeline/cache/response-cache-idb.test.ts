import 'fake-indexeddb/auto';
import { idbStore } from '../idb-store';
import { responseCacheContract } from '../../../tests/support/response-cache-contract';

let database = 0;

// A fresh database per test; reopening makes a new idb-keyval handle on the same database.
responseCacheContract('IndexedDB (fake-indexeddb)', () => {
  const name = `response-cache-test-${++database}`;
  return { store: idbStore<unknown>(name), reopenStore: () => idbStore<unknown>(name) };
});
