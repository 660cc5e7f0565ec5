// Owns the persisted offline queue: requests parked while the network is down, run in order once it is back.
import { z } from 'zod';
import { GenerationError } from '../../errors/generation-error';
import { GenerationRequestSchema, type GenerationRequestInput } from '../../messaging/generation-schemas';
import type { Clock } from '../clock';
import type { KeyValueStore } from '../kv-store';

export const QueuedJobSchema = z.object({
  id: z.string().min(1).max(200),
  createdAt: z.number().int().nonnegative(),
  // Failed runs so far, counted by markAttempt().
  attempts: z.number().int().nonnegative(),
  request: GenerationRequestSchema,
  // The history entry the result lands in when the job finishes.
  historyId: z.string().max(200).nullable(),
  lastError: z.string().max(2000).nullable(),
});
export type QueuedJob = z.infer<typeof QueuedJobSchema>;

// `seq` keeps enqueue order even when jobs share a millisecond; it is not part of the job.
const StoredJobSchema = z.object({ seq: z.number().int().nonnegative(), job: QueuedJobSchema });
type StoredJob = z.infer<typeof StoredJobSchema>;

// 'done' removes the job (it finished, well or badly, and reported); 'retry-later' keeps it and stops the drain.
export type DrainOutcome = 'done' | 'retry-later';
export interface DrainResult {
  done: string[];
  remaining: number;
}

export interface OfflineQueue {
  // Throws a GenerationError('offline') when the queue is full, a ZodError on an invalid request.
  enqueue(request: GenerationRequestInput, historyId?: string | null): Promise<QueuedJob>;
  // Oldest first.
  list(): Promise<QueuedJob[]>;
  remove(id: string): Promise<void>;
  // Counts a failed run and keeps its message; null when the job is gone.
  markAttempt(id: string, error: string): Promise<QueuedJob | null>;
  /**
   * Runs jobs one at a time, oldest first, while isOnline() holds. `run` should call markAttempt()
   * when it returns 'retry-later'. A job whose `run` throws gets markAttempt() with the message and
   * stays queued for the next drain, while this one moves on, so one broken job cannot block the rest.
   * A drain called while one is running returns that same promise (its `run` is not used).
   */
  drain(run: (job: QueuedJob) => Promise<DrainOutcome>, options: { isOnline: () => boolean }): Promise<DrainResult>;
}

export interface OfflineQueueOptions {
  // Dedicated to the queue and keyed by job id.
  store: KeyValueStore<unknown>;
  clock: Pick<Clock, 'now'>;
  maxJobs?: number;
  newId?: () => string;
}

export const DEFAULT_MAX_JOBS = 50;

export function createOfflineQueue({
  store,
  clock,
  maxJobs = DEFAULT_MAX_JOBS,
  newId = () => crypto.randomUUID(),
}: OfflineQueueOptions): OfflineQueue {
  // Mutations run one at a time: the size check and the sequence number must not race.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <R>(task: () => Promise<R>): Promise<R> => {
    const run = tail.then(task, task);
    // The caller sees a failure through `run`; the tail only orders the next task after it.
    tail = run.catch(() => undefined);
    return run;
  };

  // Valid jobs in order; anything that no longer parses is dropped from the store.
  const readAll = async (): Promise<StoredJob[]> => {
    const valid: StoredJob[] = [];
    for (const [key, value] of await store.entries()) {
      const parsed = StoredJobSchema.safeParse(value);
      if (parsed.success && parsed.data.job.id === key) valid.push(parsed.data);
      else await store.delete(key);
    }
    return valid.sort((a, b) => a.seq - b.seq);
  };

  const list = async () => (await readAll()).map((stored) => stored.job);

  const markAttempt = (id: string, error: string) =>
    serial(async () => {
      const parsed = StoredJobSchema.safeParse(await store.get(id));
      if (!parsed.success) return null;
      const job: QueuedJob = { ...parsed.data.job, attempts: parsed.data.job.attempts + 1, lastError: error.slice(0, 2000) };
      await store.set(id, { seq: parsed.data.seq, job } satisfies StoredJob);
      return job;
    });

  const remove = (id: string) => serial(() => store.delete(id));

  const runDrain = async (run: (job: QueuedJob) => Promise<DrainOutcome>, isOnline: () => boolean) => {
    const done: string[] = [];
    // Jobs enqueued during the drain are picked up too; each job runs at most once per drain.
    const tried = new Set<string>();
    while (isOnline()) {
      const job = (await list()).find((candidate) => !tried.has(candidate.id));
      if (!job) break;
      tried.add(job.id);
      let outcome: DrainOutcome;
      try {
        outcome = await run(job);
      } catch (error) {
        await markAttempt(job.id, error instanceof Error ? error.message : String(error));
        continue;
      }
      // The network is still down: later jobs would fail the same way.
      if (outcome === 'retry-later') break;
      await remove(job.id);
      done.push(job.id);
    }
    return { done, remaining: (await list()).length };
  };

  let draining: Promise<DrainResult> | null = null;

  return {
    async enqueue(request, historyId = null) {
      const valid = GenerationRequestSchema.parse(request);
      return serial(async () => {
        const stored = await readAll();
        if (stored.length >= maxJobs) {
          throw new GenerationError({ code: 'offline', message: `The offline queue is full (${maxJobs} jobs).` });
        }
        const seq = (stored.at(-1)?.seq ?? -1) + 1;
        const job = QueuedJobSchema.parse({
          id: newId(),
          createdAt: clock.now(),
          attempts: 0,
          request: valid,
          historyId,
          lastError: null,
        });
        await store.set(job.id, { seq, job } satisfies StoredJob);
        return job;
      });
    },

    list,
    remove,
    markAttempt,

    drain(run, { isOnline }) {
      draining ??= runDrain(run, isOnline).finally(() => {
        draining = null;
      });
      return draining;
    },
  };
}
