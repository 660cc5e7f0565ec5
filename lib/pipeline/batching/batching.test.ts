import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DispatchRequest, MergedCall } from '../rate-limit/dispatch-types';
import { flushMicrotasks, makeDispatcher, recorder, request, START } from '../../../tests/support/dispatcher-kit';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

function batchable(task: string, compatKey = 'k', overrides: Partial<DispatchRequest> = {}): DispatchRequest {
  return request({ batch: { compatKey, task, promptTokens: 50 }, ...overrides });
}

function echoMerged() {
  return vi.fn<MergedCall>(async (_target, tasks) => tasks.map((task) => `answer:${task}`));
}

describe('adaptive batching', () => {
  it('merges the requests that had to wait; each caller gets its own answer', async () => {
    const callMerged = echoMerged();
    const { dispatcher } = makeDispatcher({ batching: { enabled: true, maxBatchSize: 8 }, callMerged });
    const { released, track } = recorder(dispatcher);
    const all = Array.from({ length: 30 }, (_, i) => track(`q${i}`, batchable(`q${i}`)));
    await flushMicrotasks();
    // The burst never waited, so none of it is merged.
    expect(released.map((tracked) => tracked.grant?.kind)).toEqual(Array(20).fill('single'));
    await vi.advanceTimersByTimeAsync(6000);
    expect(callMerged.mock.calls.map(([, tasks]) => tasks)).toEqual([
      ['q20', 'q21', 'q22', 'q23', 'q24', 'q25', 'q26', 'q27'],
      ['q28', 'q29'],
    ]);
    for (const tracked of all.slice(20)) expect(tracked.grant).toEqual({ kind: 'batched', text: `answer:${tracked.label}` });
    // Two merged calls took two request slots.
    expect(dispatcher.snapshot('t').requestsAvailable).toBe(0);
  });

  it('does not merge across compatibility keys, and leaves requests without batch info alone', async () => {
    const callMerged = echoMerged();
    const { dispatcher } = makeDispatcher({ batching: { enabled: true }, callMerged });
    const { track } = recorder(dispatcher);
    for (let i = 0; i < 20; i++) track(`burst${i}`, request());
    const waiting = [
      track('a1', batchable('a1', 'A')),
      track('b1', batchable('b1', 'B')),
      track('a2', batchable('a2', 'A')),
      track('plain', request()),
      track('b2', batchable('b2', 'B')),
      track('big', request({ batch: { compatKey: 'A', task: 'big', promptTokens: 5000 } })),
    ];
    await vi.advanceTimersByTimeAsync(3000 * 4);
    expect(callMerged.mock.calls.map(([, tasks]) => tasks)).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2'],
    ]);
    expect(waiting.map((tracked) => tracked.grant?.kind)).toEqual(['batched', 'batched', 'batched', 'single', 'batched', 'single']);
  });

  it.each([
    ['throws', () => Promise.reject(new Error('boom'))],
    ['answers wrongly', (tasks: string[]) => Promise.resolve(tasks.slice(1))],
  ])('a merged call that %s falls back to singles, in order, each charged once', async (_name, behave) => {
    const callMerged = vi.fn<MergedCall>((_target, tasks) => behave(tasks));
    const { dispatcher } = makeDispatcher({ batching: { enabled: true }, callMerged });
    const { released, track } = recorder(dispatcher);
    for (let i = 0; i < 20; i++) track(`burst${i}`, request());
    for (let i = 0; i < 3; i++) track(`q${i}`, batchable(`q${i}`));
    await vi.advanceTimersByTimeAsync(3000);
    expect(callMerged).toHaveBeenCalledTimes(1);
    expect(released).toHaveLength(20);
    await vi.advanceTimersByTimeAsync(9000);
    // The merged call used the 3 s slot; the singles follow one per slot and are never merged again.
    expect(released.slice(20).map((tracked) => [tracked.label, tracked.grant?.kind, tracked.at])).toEqual([
      ['q0', 'single', 6000],
      ['q1', 'single', 9000],
      ['q2', 'single', 12_000],
    ]);
    expect(callMerged).toHaveBeenCalledTimes(1);
  });

  it('never merges when batching is disabled', async () => {
    const callMerged = echoMerged();
    const { dispatcher } = makeDispatcher({ batching: { enabled: false }, callMerged });
    const { released, track } = recorder(dispatcher);
    for (let i = 0; i < 25; i++) track(`q${i}`, batchable(`q${i}`));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(callMerged).not.toHaveBeenCalled();
    expect(released.map((tracked) => tracked.grant?.kind)).toEqual(Array(25).fill('single'));
  });

  it('one caller aborting drops only its answer; the call is cancelled when all have left', async () => {
    const upstream: { signal?: AbortSignal } = {};
    let finish: (answers: string[]) => void = () => undefined;
    const callMerged = vi.fn<MergedCall>((_target, _tasks, signal) => {
      upstream.signal = signal;
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    const { dispatcher } = makeDispatcher({ batching: { enabled: true }, callMerged });
    const { track } = recorder(dispatcher);
    for (let i = 0; i < 20; i++) track(`burst${i}`, request());
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    const callers = controllers.map((controller, i) => track(`q${i}`, batchable(`q${i}`, 'k', { signal: controller.signal })));
    await vi.advanceTimersByTimeAsync(3000);
    expect(callMerged).toHaveBeenCalledTimes(1);
    controllers[0]?.abort();
    await flushMicrotasks();
    expect(callers[0]?.error).toMatchObject({ name: 'AbortError' });
    expect(upstream.signal?.aborted).toBe(false);
    finish(['x', 'y', 'z']);
    await flushMicrotasks();
    expect(callers.map((tracked) => tracked.grant)).toEqual([null, { kind: 'batched', text: 'y' }, { kind: 'batched', text: 'z' }]);

    // A second merged call whose callers all leave is cancelled upstream.
    const more = [new AbortController(), new AbortController()];
    more.forEach((controller, i) => track(`m${i}`, batchable(`m${i}`, 'k', { signal: controller.signal })));
    await vi.advanceTimersByTimeAsync(3000);
    expect(callMerged).toHaveBeenCalledTimes(2);
    more[0]?.abort();
    expect(upstream.signal?.aborted).toBe(false);
    more[1]?.abort();
    expect(upstream.signal?.aborted).toBe(true);
  });
});

describe('makespan with a fake clock', () => {
  // Every upstream call answers at once, so the makespan is pure queueing.
  async function run(enabled: boolean) {
    const callMerged = echoMerged();
    const { dispatcher } = makeDispatcher({ batching: { enabled, maxBatchSize: 10 }, callMerged });
    let singles = 0;
    let answered = 0;
    let lastAt = 0;
    const startedAt = Date.now();
    const all = Array.from({ length: 100 }, (_, i) =>
      dispatcher.acquire(batchable(`task${i}`)).then((grant) => {
        if (grant.kind === 'single') {
          singles++;
          grant.complete({ tokensUsed: 100 });
        }
        answered++;
        lastAt = Date.now() - startedAt;
      }),
    );
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    await Promise.all(all);
    return { upstreamCalls: singles + callMerged.mock.calls.length, answered, makespanMs: lastAt };
  }

  it('100 bulk requests at 20/min: batching needs far fewer upstream calls', async () => {
    const without = await run(false);
    const withBatching = await run(true);
    console.log(`makespan without batching ${without.makespanMs} ms, with batching ${withBatching.makespanMs} ms`);
    expect(without).toMatchObject({ upstreamCalls: 100, answered: 100 });
    expect(withBatching.answered).toBe(100);
    expect(withBatching.upstreamCalls).toBeLessThan(100);
  });
});
