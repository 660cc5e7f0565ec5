// Owns the persisted, bounded ring of metrics records: O(1) appends that overwrite the oldest slot.
import { z } from 'zod';
import type { KeyValueStore } from '../pipeline/kv-store';
import { MetricsRecordSchema, type MetricsRecord } from './metrics-record';
import { reportDiagnostic } from '../diagnostics/diagnostics-log';

// The ring owns its store: clear() wipes it, and keys other than these are ignored.
const META_KEY = '__ring_meta__';
const SLOT_PREFIX = 'slot:';

// `next` is the sequence number the next append gets; record n lives in slot n % capacity.
const RingMetaSchema = z.object({
  next: z.number().int().nonnegative(),
  capacity: z.number().int().positive(),
});
const SlotSchema = z.object({ seq: z.number().int().nonnegative(), record: MetricsRecordSchema });
type Slot = z.infer<typeof SlotSchema>;

export const DEFAULT_METRICS_CAPACITY = 5000;

export const MetricsFilterSchema = z.object({
  // Inclusive lower and exclusive upper bound on `at`, so day ranges do not overlap.
  from: z.number().optional(),
  to: z.number().optional(),
  // Exact model name.
  model: z.string().optional(),
});
export type MetricsFilter = z.infer<typeof MetricsFilterSchema>;

export interface MetricsRing {
  // Validates (throws a ZodError on a malformed record), then overwrites the oldest slot when full.
  append(record: MetricsRecord): Promise<void>;
  // The newest `capacity` records matching the filter, oldest first by `at`.
  list(filter?: MetricsFilter): Promise<MetricsRecord[]>;
  clear(): Promise<void>;
}

export interface MetricsRingOptions {
  store: KeyValueStore<unknown>;
  capacity?: number;
}

const slotKey = (index: number) => `${SLOT_PREFIX}${index}`;

// Valid slots only; a record that no longer parses (schema change, corruption) is skipped.
async function readSlots(store: KeyValueStore<unknown>): Promise<Slot[]> {
  const slots: Slot[] = [];
  for (const [key, value] of await store.entries()) {
    if (!key.startsWith(SLOT_PREFIX)) continue;
    const parsed = SlotSchema.safeParse(value);
    if (parsed.success) slots.push(parsed.data);
  }
  return slots;
}

/**
 * Without meta, or after the capacity changed, slots are rebuilt once from what is stored so the
 * sequence continues and no record is overwritten while still among the newest `capacity`.
 */
async function repack(store: KeyValueStore<unknown>, capacity: number): Promise<number> {
  const slots = (await readSlots(store)).sort((a, b) => a.seq - b.seq);
  const next = slots.length === 0 ? 0 : (slots.at(-1)?.seq ?? 0) + 1;
  const kept = slots.filter((slot) => slot.seq >= next - capacity);
  for (const [key] of await store.entries()) {
    if (key.startsWith(SLOT_PREFIX)) await store.delete(key);
  }
  for (const slot of kept) await store.set(slotKey(slot.seq % capacity), slot);
  await store.set(META_KEY, { next, capacity });
  return next;
}

export function createMetricsRing({ store, capacity = DEFAULT_METRICS_CAPACITY }: MetricsRingOptions): MetricsRing {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);

  // Loaded once per ring; afterwards the in-memory counter is the truth for this instance.
  let next: Promise<number> | null = null;
  const load = (): Promise<number> => {
    next ??= (async () => {
      const meta = RingMetaSchema.safeParse(await store.get(META_KEY));
      if (meta.success && meta.data.capacity === capacity) return meta.data.next;
      return repack(store, capacity);
    })().catch((error: unknown) => {
      // A failed read (IndexedDB hiccup) is retried by the next call instead of sticking.
      next = null;
      reportDiagnostic({ stage: 'metrics', operation: 'load ring', error });
      throw error;
    });
    return next;
  };

  // Appends and clears run one at a time, so two appends never take the same sequence number.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <R>(task: () => Promise<R>): Promise<R> => {
    const run = tail.then(task, task);
    // The caller sees a failure through `run`; the tail only orders the next task after it.
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    async append(record) {
      const valid = MetricsRecordSchema.parse(record);
      return serial(async () => {
        const seq = await load();
        // Slot first: a crash before the meta write only means this sequence number is reused.
        await store.set(slotKey(seq % capacity), { seq, record: valid } satisfies Slot);
        await store.set(META_KEY, { next: seq + 1, capacity });
        next = Promise.resolve(seq + 1);
      });
    },

    async list(filter = {}) {
      const end = await load();
      const { from, to, model } = filter;
      return (await readSlots(store))
        .filter((slot) => slot.seq < end && slot.seq >= end - capacity)
        .filter(({ record }) => (from === undefined || record.at >= from) && (to === undefined || record.at < to))
        .filter(({ record }) => model === undefined || record.model === model)
        .sort((a, b) => a.record.at - b.record.at || a.seq - b.seq)
        .map((slot) => slot.record);
    },

    clear() {
      return serial(async () => {
        await store.clear();
        await store.set(META_KEY, { next: 0, capacity });
        next = Promise.resolve(0);
      });
    },
  };
}
