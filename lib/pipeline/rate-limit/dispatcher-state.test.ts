import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from '../kv-store';
import { PERSIST_DELAY_MS } from './dispatcher';
import { flushMicrotasks, makeDispatcher, recorder, request, START } from '../../../tests/support/dispatcher-kit';
import { readRateLimitHeaders } from './rate-limit-headers';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('x-ratelimit headers', () => {
  it.each([
    [{}, { requests: {}, tokens: {} }],
    [
      { 'x-ratelimit-limit-requests': '20', 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '6m0s' },
      { requests: { limit: 20, remaining: 0, resetMs: 360_000 }, tokens: {} },
    ],
    [
      { 'x-ratelimit-limit-tokens': '40000', 'x-ratelimit-remaining-tokens': '39500', 'x-ratelimit-reset-tokens': '12ms' },
      { requests: {}, tokens: { limit: 40_000, remaining: 39_500, resetMs: 12 } },
    ],
    [{ 'x-ratelimit-limit-requests': 'lots', 'x-ratelimit-remaining-requests': '-3' }, { requests: {}, tokens: {} }],
  ])('%j', (headers, expected) => {
    const hints = readRateLimitHeaders(new Headers(headers));
    const defined = (hint: object) => Object.fromEntries(Object.entries(hint).filter(([, value]) => value !== undefined));
    expect({ requests: defined(hints.requests), tokens: defined(hints.tokens) }).toEqual(expected);
  });

  it.each([
    ['6m0s', 360_000],
    ['12ms', 12],
  ])('remaining 0 with reset %s pauses for %i ms', async (reset, ms) => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null } });
    const { released, track } = recorder(dispatcher);
    dispatcher.observeHeaders(
      't',
      new Headers({ 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': reset }),
    );
    expect(dispatcher.snapshot('t').pausedUntil).toBe(START + ms);
    track('a', request());
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(released).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(released.map((tracked) => tracked.at)).toEqual([ms]);
  });

  it('a response reported through complete() applies its headers', async () => {
    const { dispatcher } = makeDispatcher();
    const grant = await dispatcher.acquire(request());
    if (grant.kind !== 'single') throw new Error('expected a single grant');
    grant.complete({ headers: new Headers({ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '1s' }) });
    expect(dispatcher.snapshot('t').pausedUntil).toBe(START + 1000);
  });

  it('never claims more than the server says remain until its reset', async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: 100 } });
    const { released, track } = recorder(dispatcher);
    dispatcher.observeHeaders('t', new Headers({ 'x-ratelimit-remaining-requests': '2', 'x-ratelimit-reset-requests': '1s' }));
    for (let i = 0; i < 3; i++) track(`r${i}`, request());
    await flushMicrotasks();
    expect(released).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(released.map((tracked) => tracked.at)).toEqual([0, 0, 1000]);
  });

  it("adopts the server's limit when the user set none", async () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: null } });
    expect(dispatcher.snapshot('t').requestsAvailable).toBeNull();
    dispatcher.observeHeaders('t', new Headers({ 'x-ratelimit-limit-requests': '3' }));
    const { released, track } = recorder(dispatcher);
    for (let i = 0; i < 4; i++) track(`r${i}`, request());
    await flushMicrotasks();
    expect(released).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(released.map((tracked) => tracked.at)).toEqual([0, 0, 0, 20_000]);
  });

  it("keeps the user's limit over the server's", () => {
    const { dispatcher } = makeDispatcher({ limits: { requestsPerMinute: 5 } });
    dispatcher.observeHeaders('t', new Headers({ 'x-ratelimit-limit-requests': '500' }));
    expect(dispatcher.snapshot('t').requestsAvailable).toBe(5);
  });
});

describe('surviving a service-worker restart', () => {
  it('persists coalesced writes and a new dispatcher restores pause and bucket level', async () => {
    const store = memoryStore<unknown>();
    const before = makeDispatcher({ store }).dispatcher;
    for (let i = 0; i < 15; i++) await before.acquire(request());
    before.observeHeaders('t', new Headers({ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '6m0s' }));
    expect(store.map.size).toBe(0);
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    expect(store.map.size).toBe(1);

    const after = makeDispatcher({ store }).dispatcher;
    await after.restore();
    expect(after.snapshot('t')).toEqual({ pausedUntil: START + 360_000, queued: 0, requestsAvailable: 5, tokensAvailable: 0 });
  });

  it('drops a pause that ended while the worker was gone, and ignores garbage', async () => {
    const store = memoryStore<unknown>();
    const before = makeDispatcher({ store }).dispatcher;
    before.pause('t', 1000);
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);
    store.map.set('junk', { hello: 'world' });
    store.map.set('t2', 'not a state');
    await vi.advanceTimersByTimeAsync(5000);

    const after = makeDispatcher({ store }).dispatcher;
    await after.restore();
    expect(after.snapshot('t').pausedUntil).toBe(0);
    expect(after.snapshot('junk').requestsAvailable).toBe(20);
  });

  it('a restore after requests were already granted keeps the more cautious view and wakes the queue', async () => {
    const store = memoryStore<unknown>();
    const before = makeDispatcher({ store }).dispatcher;
    before.pause('t', 30_000);
    await vi.advanceTimersByTimeAsync(PERSIST_DELAY_MS);

    const after = makeDispatcher({ store }).dispatcher;
    const { released, track } = recorder(after);
    for (let i = 0; i < 20; i++) track(`early${i}`, request());
    // Would go 3 s from now without the restored pause.
    track('queued', request());
    await flushMicrotasks();
    expect(released).toHaveLength(20);
    await after.restore();
    expect(after.snapshot('t')).toMatchObject({ pausedUntil: START + 30_000, queued: 1, requestsAvailable: 0 });
    await vi.advanceTimersByTimeAsync(30_000 - PERSIST_DELAY_MS - 1);
    expect(released).toHaveLength(20);
    await vi.advanceTimersByTimeAsync(1);
    expect(released.map((tracked) => [tracked.label, tracked.at])).toContainEqual(['queued', 30_000]);
  });
});
