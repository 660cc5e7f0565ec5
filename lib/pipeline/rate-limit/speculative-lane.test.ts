import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushMicrotasks, makeDispatcher, recorder, request, START } from '../../../tests/support/dispatcher-kit';
import { SpeculativeDroppedError } from './speculative-lane';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

const speculative = (overrides = {}) => request({ priority: 'speculative', ...overrides });

describe('speculative lane', () => {
  it('goes at once when the target is idle', async () => {
    const { dispatcher } = makeDispatcher();
    const grant = await dispatcher.acquire(speculative());
    expect(grant.kind).toBe('single');
  });

  it('never delays interactive work: with one slot left it is dropped and the interactive request goes at once', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: 3 } });
    const { released, track } = recorder(dispatcher);
    track('a', request({ priority: 'interactive' }));
    track('b', request({ priority: 'interactive' }));
    await flushMicrotasks();
    await expect(dispatcher.acquire(speculative())).rejects.toMatchObject({ name: 'SpeculativeDroppedError', reason: 'no-room' });
    track('click', request({ priority: 'interactive' }));
    await flushMicrotasks();
    expect(released.map((tracked) => [tracked.label, tracked.at])).toEqual([
      ['a', 0],
      ['b', 0],
      ['click', 0],
    ]);
  });

  it('takes no place in the queue: interactive and bulk requests behind a burst keep their times', async () => {
    const { dispatcher } = makeDispatcher();
    const { released, track } = recorder(dispatcher);
    for (let i = 0; i < 20; i++) track(`burst${i}`, request());
    track('bulk', request());
    track('click', request({ priority: 'interactive' }));
    await flushMicrotasks();
    const attempts = await Promise.allSettled([dispatcher.acquire(speculative()), dispatcher.acquire(speculative())]);
    expect(attempts.map((attempt) => attempt.status)).toEqual(['rejected', 'rejected']);
    expect(dispatcher.queueDepth('t')).toBe(2);
    await vi.advanceTimersByTimeAsync(6000);
    expect(released.slice(20).map((tracked) => [tracked.label, tracked.at])).toEqual([
      ['click', 3000],
      ['bulk', 6000],
    ]);
  });

  it('is dropped, not queued, while a 429 pause holds the target, and goes again once it ends', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null } });
    dispatcher.pause('t', 5000);
    const dropped = await dispatcher.acquire(speculative()).catch((error: unknown) => error);
    expect(dropped).toBeInstanceOf(SpeculativeDroppedError);
    expect(dropped).toMatchObject({ reason: 'paused' });
    expect(dispatcher.queueDepth('t')).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect((await dispatcher.acquire(speculative())).kind).toBe('single');
  });

  it('a 429 reported by a speculative call pauses the target for everyone, and the next suggestion is dropped', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null } });
    const grant = await dispatcher.acquire(speculative());
    if (grant.kind !== 'single') throw new Error('expected a single grant');
    grant.complete({ rateLimitedForMs: 2000 });
    await expect(dispatcher.acquire(speculative())).rejects.toMatchObject({ reason: 'paused' });
  });

  it('refuses an already aborted signal like any other lane', async () => {
    const { dispatcher } = makeDispatcher();
    const controller = new AbortController();
    controller.abort();
    await expect(dispatcher.acquire(speculative({ signal: controller.signal }))).rejects.toMatchObject({ name: 'AbortError' });
  });
});
