import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GenerationError } from '../../errors/generation-error';
import { idbStore } from '../idb-store';
import { memoryStore, type KeyValueStore } from '../kv-store';
import { createOfflineQueue, type DrainOutcome, type QueuedJob } from './offline-queue';

function setup(store: KeyValueStore<unknown> = memoryStore(), maxJobs?: number) {
  let nextId = 0;
  // A clock that never moves: order must come from enqueue order, not from time.
  const queue = createOfflineQueue({ store, clock: { now: () => 5_000 }, maxJobs, newId: () => `j${++nextId}` });
  return queue;
}

const request = (prompt: string) => ({ prompt, source: 'popup' as const });
const prompts = (jobs: QueuedJob[]) => jobs.map((job) => job.request.prompt);
const online = { isOnline: () => true };

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('offline queue', () => {
  it('enqueues a validated request and lists oldest first', async () => {
    const queue = setup();
    const job = await queue.enqueue(request('  first  '), 'h1');
    await queue.enqueue(request('second'));
    await queue.enqueue(request('third'));
    expect(job).toEqual({
      id: 'j1',
      createdAt: 5_000,
      attempts: 0,
      request: { prompt: 'first', source: 'popup', context: {}, priority: 'interactive', regenerate: false, task: 'compose' },
      historyId: 'h1',
      lastError: null,
    });
    expect(prompts(await queue.list())).toEqual(['first', 'second', 'third']);
  });

  it('refuses an invalid request and a full queue', async () => {
    const queue = setup(memoryStore(), 2);
    await expect(queue.enqueue({ prompt: '   ', source: 'popup' })).rejects.toThrow();
    await queue.enqueue(request('a'));
    await queue.enqueue(request('b'));
    const full = queue.enqueue(request('c'));
    await expect(full).rejects.toBeInstanceOf(GenerationError);
    await expect(full).rejects.toMatchObject({ code: 'offline' });
  });

  it('removes a job and counts attempts', async () => {
    const queue = setup();
    const a = await queue.enqueue(request('a'));
    await queue.enqueue(request('b'));
    expect(await queue.markAttempt(a.id, 'network down')).toMatchObject({ attempts: 1, lastError: 'network down' });
    expect(await queue.markAttempt(a.id, 'still down')).toMatchObject({ attempts: 2, lastError: 'still down' });
    await queue.remove(a.id);
    expect(prompts(await queue.list())).toEqual(['b']);
    expect(await queue.markAttempt(a.id, 'gone')).toBeNull();
  });

  it.each<[string, DrainOutcome[], string[], number]>([
    ['all done', ['done', 'done', 'done'], ['a', 'b', 'c'], 0],
    ['stops at the first retry-later', ['done', 'retry-later', 'done'], ['a', 'b'], 2],
    ['retry-later right away', ['retry-later'], ['a'], 3],
  ])('drain: %s', async (_label, outcomes, ran, remaining) => {
    const queue = setup();
    for (const prompt of ['a', 'b', 'c']) await queue.enqueue(request(prompt));
    const seen: string[] = [];
    const result = await queue.drain(async (job) => {
      seen.push(job.request.prompt);
      return outcomes[seen.length - 1] ?? 'done';
    }, online);
    expect(seen).toEqual(ran);
    expect(result.remaining).toBe(remaining);
    expect(result.done).toHaveLength(3 - remaining);
    expect(prompts(await queue.list())).toEqual(['a', 'b', 'c'].slice(3 - remaining));
  });

  it('runs nothing while offline and stops when the network drops', async () => {
    const queue = setup();
    for (const prompt of ['a', 'b', 'c']) await queue.enqueue(request(prompt));
    let up = false;
    const seen: string[] = [];
    const run = async (job: QueuedJob): Promise<DrainOutcome> => {
      seen.push(job.request.prompt);
      up = false;
      return 'done';
    };
    expect(await queue.drain(run, { isOnline: () => up })).toEqual({ done: [], remaining: 3 });
    up = true;
    expect(await queue.drain(run, { isOnline: () => up })).toEqual({ done: ['j1'], remaining: 2 });
    expect(seen).toEqual(['a']);
  });

  it('shares one drain between concurrent callers, so no job runs twice', async () => {
    const queue = setup();
    await queue.enqueue(request('a'));
    await queue.enqueue(request('b'));
    const gate = deferred<DrainOutcome>();
    const runs: string[] = [];
    const run = async (job: QueuedJob) => {
      runs.push(job.id);
      return job.id === 'j1' ? gate.promise : 'done';
    };
    const first = queue.drain(run, online);
    const second = queue.drain(run, online);
    expect(second).toBe(first);
    gate.resolve('done');
    expect(await first).toEqual({ done: ['j1', 'j2'], remaining: 0 });
    expect(runs).toEqual(['j1', 'j2']);
    // Once finished, the next drain is a new one.
    await queue.enqueue(request('c'));
    expect(await queue.drain(run, online)).toEqual({ done: ['j3'], remaining: 0 });
  });

  it('picks up jobs enqueued during a drain', async () => {
    const queue = setup();
    await queue.enqueue(request('a'));
    const result = await queue.drain(async (job) => {
      if (job.request.prompt === 'a') await queue.enqueue(request('late'));
      return 'done';
    }, online);
    expect(result).toEqual({ done: ['j1', 'j2'], remaining: 0 });
  });

  it('keeps a job whose run throws, records why, and moves on', async () => {
    const queue = setup();
    await queue.enqueue(request('broken'));
    await queue.enqueue(request('fine'));
    const result = await queue.drain(async (job) => {
      if (job.request.prompt === 'broken') throw new Error('boom');
      return 'done';
    }, online);
    expect(result).toEqual({ done: ['j2'], remaining: 1 });
    expect(await queue.list()).toMatchObject([{ id: 'j1', attempts: 1, lastError: 'boom' }]);
  });

  it('drops invalid stored jobs', async () => {
    const store = memoryStore<unknown>();
    const queue = setup(store);
    await queue.enqueue(request('ok'));
    store.map.set('junk', { seq: 0, job: { id: 'junk' } });
    expect(prompts(await queue.list())).toEqual(['ok']);
    expect(store.map.has('junk')).toBe(false);
  });

  it('survives a restart on IndexedDB, in order', async () => {
    const before = createOfflineQueue({ store: idbStore('offline-queue-test'), clock: { now: () => 1 }, newId: () => crypto.randomUUID() });
    const a = await before.enqueue(request('a'), 'h-a');
    const b = await before.enqueue(request('b'));
    const after = createOfflineQueue({ store: idbStore('offline-queue-test'), clock: { now: () => 2 } });
    expect(await after.list()).toEqual([a, b]);
    await after.enqueue(request('c'));
    expect(prompts(await after.list())).toEqual(['a', 'b', 'c']);
  });
});
