import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushMicrotasks, makeDispatcher, recorder, request, START } from '../../../tests/support/dispatcher-kit';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('dispatcher queue', () => {
  it('grants at once when the queue is empty, without any timer moving', async () => {
    const { dispatcher } = makeDispatcher();
    let kind: string | null = null;
    void dispatcher.acquire(request()).then((grant) => {
      kind = grant.kind;
    });
    await Promise.resolve();
    expect(kind).toBe('single');
    expect(dispatcher.snapshot('t').requestsAvailable).toBe(19);
  });

  it('25 requests at 20/min: 20 burst at once, the rest spaced 3 s apart, in FIFO order', async () => {
    const { dispatcher } = makeDispatcher();
    const { released, track, labels } = recorder(dispatcher);
    for (let i = 0; i < 25; i++) track(`r${i}`, request());
    await flushMicrotasks();
    expect(released).toHaveLength(20);
    expect(dispatcher.queueDepth('t')).toBe(5);
    await vi.advanceTimersByTimeAsync(2999);
    expect(released).toHaveLength(20);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(labels()).toEqual(Array.from({ length: 25 }, (_, i) => `r${i}`));
    expect(released.slice(20).map((tracked) => tracked.at)).toEqual([3000, 6000, 9000, 12_000, 15_000]);
    expect(dispatcher.queueDepth('t')).toBe(0);
  });

  it('interactive requests overtake waiting bulk ones', async () => {
    const { dispatcher } = makeDispatcher();
    const { track, labels } = recorder(dispatcher);
    for (let i = 0; i < 20; i++) track(`burst${i}`, request());
    track('bulk1', request());
    track('bulk2', request());
    track('click1', request({ priority: 'interactive' }));
    track('bulk3', request());
    track('click2', request({ priority: 'interactive' }));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(labels().slice(20)).toEqual(['click1', 'click2', 'bulk1', 'bulk2', 'bulk3']);
  });

  it('a 429 pause holds every queued request until it ends, then releases them one by one', async () => {
    const { dispatcher } = makeDispatcher();
    const { released, track } = recorder(dispatcher);
    const first = track('first', request());
    for (let i = 1; i < 20; i++) track(`burst${i}`, request());
    for (let i = 0; i < 3; i++) track(`queued${i}`, request());
    await flushMicrotasks();
    const grant = first.grant;
    if (grant?.kind !== 'single') throw new Error('expected a single grant');
    // Without the pause, queued0 would go at 3 s.
    grant.complete({ rateLimitedForMs: 10_000 });
    track('late', request());
    expect(dispatcher.snapshot('t').pausedUntil).toBe(START + 10_000);
    await vi.advanceTimersByTimeAsync(9999);
    expect(released).toHaveLength(20);
    await vi.advanceTimersByTimeAsync(1);
    expect(released.map((tracked) => tracked.label).slice(20)).toEqual(['queued0']);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(released.slice(20).map((tracked) => [tracked.label, tracked.at])).toEqual([
      ['queued0', 10_000],
      ['queued1', 13_000],
      ['queued2', 16_000],
      ['late', 19_000],
    ]);
  });

  it('pause blocks the immediate path too', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null } });
    const { released, track } = recorder(dispatcher);
    dispatcher.pause('t', 1000);
    track('a', request());
    await vi.advanceTimersByTimeAsync(999);
    expect(released).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toHaveLength(1);
  });

  it('no limits at all: everything goes at once', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null, tokensPerMinute: null } });
    const { released, track } = recorder(dispatcher);
    for (let i = 0; i < 100; i++) track(`r${i}`, request());
    await flushMicrotasks();
    expect(released).toHaveLength(100);
    expect(dispatcher.snapshot('t')).toEqual({ pausedUntil: 0, queued: 0, requestsAvailable: null, tokensAvailable: null });
  });

  it('an aborted waiter leaves at once and frees its slot for the next', async () => {
    const { dispatcher } = makeDispatcher();
    const { released, track } = recorder(dispatcher);
    for (let i = 0; i < 20; i++) track(`burst${i}`, request());
    const controller = new AbortController();
    const doomed = track('doomed', request({ signal: controller.signal }));
    track('next', request());
    await flushMicrotasks();
    expect(dispatcher.queueDepth('t')).toBe(2);
    controller.abort();
    await flushMicrotasks();
    expect(doomed.error).toBeInstanceOf(DOMException);
    expect((doomed.error as DOMException).name).toBe('AbortError');
    expect(dispatcher.queueDepth('t')).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(released.slice(20).map((tracked) => [tracked.label, tracked.at])).toEqual([['next', 3000]]);
  });

  it('rejects a request whose signal is already aborted', async () => {
    const { dispatcher } = makeDispatcher();
    await expect(dispatcher.acquire(request({ signal: AbortSignal.abort() }))).rejects.toMatchObject({ name: 'AbortError' });
    expect(dispatcher.snapshot('t').requestsAvailable).toBe(20);
  });

  it('targets are independent', async () => {
    const { dispatcher } = makeDispatcher();
    const { released, track } = recorder(dispatcher);
    for (let i = 0; i < 21; i++) track(`a${i}`, request({ targetId: 'a' }));
    track('b0', request({ targetId: 'b' }));
    await flushMicrotasks();
    expect(released.map((tracked) => tracked.label)).toContain('b0');
    expect(dispatcher.queueDepth('a')).toBe(1);
  });
});

describe('tokens per minute', () => {
  it('waits for tokens, and a reported usage refunds the overestimate', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null, tokensPerMinute: 1000 } });
    const { released, track } = recorder(dispatcher);
    const first = track('first', request({ estimatedTokens: 600 }));
    track('second', request({ estimatedTokens: 600 }));
    await flushMicrotasks();
    expect(released.map((tracked) => tracked.label)).toEqual(['first']);
    if (first.grant?.kind !== 'single') throw new Error('expected a single grant');
    first.grant.complete({ tokensUsed: 100 });
    await flushMicrotasks();
    expect(released.map((tracked) => tracked.label)).toEqual(['first', 'second']);
    expect(dispatcher.snapshot('t').tokensAvailable).toBe(300);
  });

  it('an underestimate is charged after the fact', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null, tokensPerMinute: 1000 } });
    const grant = await dispatcher.acquire(request({ estimatedTokens: 100 }));
    if (grant.kind !== 'single') throw new Error('expected a single grant');
    grant.complete({ tokensUsed: 700 });
    grant.complete({ tokensUsed: 700 }); // reported twice: counted once
    expect(dispatcher.snapshot('t').tokensAvailable).toBe(300);
  });

  it('a request bigger than the whole minute goes once the bucket is full', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null, tokensPerMinute: 1000 } });
    const { released, track } = recorder(dispatcher);
    track('small', request({ estimatedTokens: 500 }));
    track('huge', request({ estimatedTokens: 5000 }));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(released).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(released.map((tracked) => tracked.label)).toEqual(['small', 'huge']);
  });
});
