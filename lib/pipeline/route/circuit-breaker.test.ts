import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../clock';
import { memoryStore } from '../kv-store';
import { createBreakers } from './circuit-breaker';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const policy = { failureThreshold: 3, cooldownMs: 10_000 };
const make = (store = memoryStore<unknown>()) => ({ store, breakers: createBreakers({ clock: systemClock, policy: () => policy, store }) });
const quota = { code: 'quota' as const, message: 'You exceeded your current quota.', status: 429 };

describe('circuit breaker', () => {
  it('stays closed below the threshold; a success resets the count', () => {
    const { breakers } = make();
    breakers.recordFailure('a');
    breakers.recordFailure('a');
    breakers.recordSuccess('a');
    breakers.recordFailure('a');
    breakers.recordFailure('a');
    expect(breakers.state('a')).toBe('closed');
    expect(breakers.canRequest('a')).toBe(true);
  });

  it('opens after failureThreshold consecutive failures and rejects while open', () => {
    const { breakers } = make();
    for (let i = 0; i < 3; i++) breakers.recordFailure('a', quota);
    expect(breakers.state('a')).toBe('open');
    expect(breakers.canRequest('a')).toBe(false);
    vi.advanceTimersByTime(9_999);
    expect(breakers.canRequest('a')).toBe(false);
    expect(breakers.lastError('a')).toEqual(quota);
    // Other targets are independent.
    expect(breakers.canRequest('b')).toBe(true);
  });

  it('after the cooldown allows exactly one probe at a time', () => {
    const { breakers } = make();
    for (let i = 0; i < 3; i++) breakers.recordFailure('a');
    vi.advanceTimersByTime(10_000);
    expect(breakers.state('a')).toBe('half-open');
    expect(breakers.canRequest('a')).toBe(true);
    expect(breakers.canRequest('a')).toBe(false);
    expect(breakers.canRequest('a')).toBe(false);
    // A released probe (Stop) frees the slot without judging the target.
    breakers.release('a');
    expect(breakers.state('a')).toBe('half-open');
    expect(breakers.canRequest('a')).toBe(true);
  });

  it.each([
    ['success closes it', 'success', 'closed', true],
    ['failure reopens it with a fresh cooldown', 'failure', 'open', false],
  ] as const)('half-open probe %s', (_, outcome, state, allowed) => {
    const { breakers } = make();
    for (let i = 0; i < 3; i++) breakers.recordFailure('a');
    vi.advanceTimersByTime(10_000);
    expect(breakers.canRequest('a')).toBe(true);
    if (outcome === 'success') breakers.recordSuccess('a');
    else breakers.recordFailure('a');
    expect(breakers.state('a')).toBe(state);
    expect(breakers.canRequest('a')).toBe(allowed);
    if (outcome === 'failure') {
      vi.advanceTimersByTime(9_999);
      expect(breakers.canRequest('a')).toBe(false);
      vi.advanceTimersByTime(1);
      expect(breakers.canRequest('a')).toBe(true);
    }
  });

  it('reads the policy live', () => {
    let threshold = 3;
    const breakers = createBreakers({ clock: systemClock, policy: () => ({ failureThreshold: threshold, cooldownMs: 10_000 }) });
    threshold = 1;
    breakers.recordFailure('a');
    expect(breakers.state('a')).toBe('open');
  });

  it('persists once after a burst of changes and restores after a worker restart', async () => {
    const { store, breakers } = make();
    const set = vi.spyOn(store, 'set');
    for (let i = 0; i < 3; i++) breakers.recordFailure('a', quota);
    breakers.recordFailure('b');
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(set).toHaveBeenCalledTimes(1);

    const restarted = make(store).breakers;
    await restarted.restore();
    expect(restarted.state('a')).toBe('open');
    expect(restarted.canRequest('a')).toBe(false);
    expect(restarted.lastError('a')).toEqual(quota);
    // b had one failure: two more open it, the count survived the restart.
    restarted.recordFailure('b');
    restarted.recordFailure('b');
    expect(restarted.state('b')).toBe('open');
    vi.advanceTimersByTime(10_000);
    expect(restarted.canRequest('a')).toBe(true);
  });

  it('a probe in flight at shutdown does not block the restarted worker', async () => {
    const { store, breakers } = make();
    for (let i = 0; i < 3; i++) breakers.recordFailure('a');
    vi.advanceTimersByTime(10_000);
    expect(breakers.canRequest('a')).toBe(true);
    await breakers.flush();
    const restarted = make(store).breakers;
    await restarted.restore();
    expect(restarted.state('a')).toBe('half-open');
    expect(restarted.canRequest('a')).toBe(true);
    expect(restarted.canRequest('a')).toBe(false);
  });

  it('drops healthy breakers from the stored record', async () => {
    const { store, breakers } = make();
    breakers.recordFailure('a');
    breakers.recordSuccess('a');
    breakers.recordFailure('b');
    await breakers.flush();
    expect(store.map.get('circuit-breakers')).toEqual({ version: 1, targets: { b: { state: 'closed', failures: 1, openedAt: null } } });
  });

  it.each([
    ['garbage', 'not an object'],
    ['a wrong version', { version: 2, targets: {} }],
    ['an unknown state', { version: 1, targets: { a: { state: 'melted', failures: 1, openedAt: null } } }],
  ])('ignores %s in the store', async (_, stored) => {
    const store = memoryStore<unknown>();
    store.map.set('circuit-breakers', stored);
    const { breakers } = make(store);
    await breakers.restore();
    expect(breakers.state('a')).toBe('closed');
  });

  it('keeps newer in-memory state over the restored snapshot', async () => {
    const store = memoryStore<unknown>();
    store.map.set('circuit-breakers', { version: 1, targets: { a: { state: 'open', failures: 3, openedAt: Date.now() } } });
    const { breakers } = make(store);
    breakers.recordSuccess('a');
    breakers.recordFailure('a');
    await breakers.restore();
    expect(breakers.state('a')).toBe('closed');
  });

  it('a failing store never breaks the breaker', async () => {
    const store = memoryStore<unknown>();
    store.set = () => Promise.reject(new Error('quota exceeded'));
    store.get = () => Promise.reject(new Error('closed'));
    const { breakers } = make(store);
    for (let i = 0; i < 3; i++) breakers.recordFailure('a');
    await expect(breakers.flush()).resolves.toBeUndefined();
    await expect(breakers.restore()).resolves.toBeUndefined();
    expect(breakers.state('a')).toBe('open');
  });
});
