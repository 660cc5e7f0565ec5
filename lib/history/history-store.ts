// Owns the persisted generation history: add, update as results land, search, evict beyond the limit.
import type { Clock } from '../pipeline/clock';
import type { KeyValueStore } from '../pipeline/kv-store';
import {
  HistoryEntrySchema,
  HistoryPatchSchema,
  NewHistoryEntrySchema,
  type HistoryEntry,
  type HistoryPatch,
  type NewHistoryEntryInput,
} from './history-entry';

/**
 * Callers pass only the prompt, the result and page details; no provider settings or API keys
 * reach this module, so none can end up in history. The store is dedicated to history (clear()
 * wipes it) and keyed by entry id.
 */
export interface HistoryStore {
  // Validates (throws a ZodError on a malformed entry), then evicts the oldest beyond maxEntries().
  add(entry: NewHistoryEntryInput): Promise<HistoryEntry>;
  // Null when the entry is gone (deleted or evicted): a late result never brings it back.
  update(id: string, patch: HistoryPatch): Promise<HistoryEntry | null>;
  get(id: string): Promise<HistoryEntry | null>;
  // Newest first. `query`: whitespace-separated terms, all of which must appear (case-insensitive)
  // in the prompt, result, page title or page URL.
  list(options?: HistoryListOptions): Promise<HistoryEntry[]>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

export interface HistoryListOptions {
  query?: string;
  limit?: number;
}

export interface HistoryStoreOptions {
  store: KeyValueStore<unknown>;
  clock: Pick<Clock, 'now'>;
  // Read on every add, so a changed setting applies to the next entry.
  maxEntries: () => number;
  newId?: () => string;
}

// Same-millisecond entries fall back to id order, so the order is at least stable.
const newestFirst = (a: HistoryEntry, b: HistoryEntry) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const haystack = (entry: HistoryEntry) =>
  [entry.prompt, entry.result, entry.pageTitle ?? '', entry.pageUrl ?? ''].join('\n').toLowerCase();

export function createHistoryStore({
  store,
  clock,
  maxEntries,
  newId = () => crypto.randomUUID(),
}: HistoryStoreOptions): HistoryStore {
  // Mutations run one at a time, so an update cannot resurrect an entry a delete just removed.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <R>(task: () => Promise<R>): Promise<R> => {
    const run = tail.then(task, task);
    // The caller sees a failure through `run`; the tail only orders the next task after it.
    tail = run.catch(() => undefined);
    return run;
  };

  // Entries that no longer parse are skipped; `stale` collects their keys for add() to drop.
  const readAll = async (stale?: string[]): Promise<HistoryEntry[]> => {
    const valid: HistoryEntry[] = [];
    for (const [key, value] of await store.entries()) {
      const parsed = HistoryEntrySchema.safeParse(value);
      if (parsed.success && parsed.data.id === key) valid.push(parsed.data);
      else stale?.push(key);
    }
    return valid.sort(newestFirst);
  };

  const read = async (id: string): Promise<HistoryEntry | null> => {
    const parsed = HistoryEntrySchema.safeParse(await store.get(id));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  };

  return {
    async add(input) {
      const entry = HistoryEntrySchema.parse({ ...NewHistoryEntrySchema.parse(input), id: newId(), at: clock.now() });
      return serial(async () => {
        await store.set(entry.id, entry);
        const limit = Math.max(1, Math.floor(maxEntries()));
        const stale: string[] = [];
        const all = await readAll(stale);
        // Keep the new entry even if a clock jump made it look older than the rest.
        const evicted = all.filter((kept) => kept.id !== entry.id).slice(limit - 1);
        for (const key of [...stale, ...evicted.map((old) => old.id)]) await store.delete(key);
        return entry;
      });
    },

    async update(id, patch) {
      const changes = HistoryPatchSchema.parse(patch);
      return serial(async () => {
        const current = await read(id);
        if (!current) return null;
        // An explicit `undefined` in the patch means "leave as is", not "erase".
        const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
        const next = HistoryEntrySchema.parse({ ...current, ...defined });
        await store.set(id, next);
        return next;
      });
    },

    get: (id) => read(id),

    async list({ query = '', limit } = {}) {
      const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      const all = await readAll();
      const matches = terms.length === 0 ? all : all.filter((entry) => {
        const text = haystack(entry);
        return terms.every((term) => text.includes(term));
      });
      return limit === undefined ? matches : matches.slice(0, Math.max(0, Math.floor(limit)));
    },

    delete: (id) => serial(() => store.delete(id)),

    clear: () => serial(() => store.clear()),
  };
}
