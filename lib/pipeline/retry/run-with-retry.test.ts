import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GenerationError, type ErrorCode } from '../../errors/generation-error';
import type { RetryPolicy } from '../../settings/policy-schemas';
import { systemClock } from '../clock';
import { runWithRetry, type RunWithRetryOptions } from './run-with-retry';
import { attempts, collect, delta, finish, response, textOf, type Step } from '../../../tests/support/retry-kit';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 20_000, firstTokenTimeoutMs: 1000, idleTimeoutMs: 500, deadlineMs: 120_000 };
const ok: Step[] = [response(), delta('Hello', 10), delta(' world', 10), finish(10)];
const fail = (code: ErrorCode, extra: { status?: number; retryAfterMs?: number } = {}): Step[] => [
  { error: new GenerationError({ code, message: code, ...extra }), after: 5 },
];

function options(source: RunWithRetryOptions['attempt'], overrides: Partial<RunWithRetryOptions> = {}): RunWithRetryOptions {
  return {
    attempt: source,
    policy,
    clock: systemClock,
    random: () => 0.5,
    signal: new AbortController().signal,
    deadlineAt: Date.now() + policy.deadlineMs,
    ...overrides,
  };
}

async function run(source: RunWithRetryOptions['attempt'], overrides: Partial<RunWithRetryOptions> = {}) {
  const pending = collect(runWithRetry(options(source, overrides)));
  await vi.runAllTimersAsync();
  return pending;
}

const retries = (events: Array<{ type: string }>) => events.filter((e) => e.type === 'retry');

describe('runWithRetry', () => {
  it('retries a 503 with jittered backoff, then streams the answer', async () => {
    const source = attempts(fail('server', { status: 503 }), fail('network'), ok);
    const { events, error } = await run(source);
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('Hello world');
    expect(retries(events)).toEqual([
      { type: 'retry', attempt: 1, delayMs: 250, error: expect.objectContaining({ code: 'server', status: 503 }) },
      { type: 'retry', attempt: 2, delayMs: 500, error: expect.objectContaining({ code: 'network' }) },
    ]);
    expect(source.signals).toHaveLength(3);
  });

  it.each<[string, Step[]]>([
    ['insufficient_quota', fail('quota', { status: 429 })],
    ['401', fail('auth', { status: 401 })],
    ['403', fail('auth', { status: 403 })],
    ['400', fail('bad-request', { status: 400 })],
    ['404', fail('not-found', { status: 404 })],
    ['context-length', fail('context-length', { status: 400 })],
    ['filtered', fail('filtered')],
    ['permission', fail('permission')],
    ['config', fail('config')],
  ])('does not retry %s', async (_, steps) => {
    const source = attempts(steps, ok);
    const { events, error } = await run(source);
    expect(error).toBeInstanceOf(GenerationError);
    expect(retries(events)).toHaveLength(0);
    expect(source.signals).toHaveLength(1);
  });

  it.each<[string, Step[]]>([
    ['408', fail('timeout', { status: 408 })],
    ['409', fail('bad-request', { status: 409 })],
    ['429', fail('rate-limit', { status: 429 })],
    ['cut before any text', [response(), { error: new GenerationError({ code: 'cut', message: 'cut' }) }]],
    ['cut after an empty delta', [delta('', 5), { error: new GenerationError({ code: 'cut', message: 'cut' }) }]],
  ])('retries %s', async (_, steps) => {
    const { events, error } = await run(attempts(steps, ok));
    expect(error).toBeUndefined();
    expect(retries(events)).toHaveLength(1);
  });

  it('gives up after maxRetries with the last error', async () => {
    const source = attempts(fail('server', { status: 500 }));
    const { events, error } = await run(source, { policy: { ...policy, maxRetries: 2 } });
    expect((error as GenerationError).code).toBe('server');
    expect(retries(events)).toHaveLength(2);
    expect(source.signals).toHaveLength(3);
  });

  it('waits exactly what Retry-After asks and reports it for the whole queue', async () => {
    const source = attempts(fail('rate-limit', { status: 429, retryAfterMs: 1500 }), ok);
    const onRateLimited = vi.fn();
    const starts: number[] = [];
    const timed = (signal: AbortSignal) => {
      starts.push(Date.now());
      return source(signal);
    };
    const { events, error } = await run(timed, { onRateLimited });
    expect(error).toBeUndefined();
    expect(retries(events)).toEqual([expect.objectContaining({ delayMs: 1500 })]);
    expect(onRateLimited).toHaveBeenCalledWith(1500);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(1500);
  });

  it('does not retry a target whose Retry-After exceeds maxDelayMs', async () => {
    const source = attempts(fail('rate-limit', { status: 429, retryAfterMs: 60_000 }), ok);
    const onRateLimited = vi.fn();
    const { events, error } = await run(source, { onRateLimited });
    expect((error as GenerationError).code).toBe('rate-limit');
    expect(retries(events)).toHaveLength(0);
    expect(onRateLimited).toHaveBeenCalledWith(60_000);
  });

  it('retries a first-token timeout', async () => {
    const source = attempts([response(), { stall: true }], ok);
    const { events, error } = await run(source);
    expect(error).toBeUndefined();
    expect(retries(events)).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'timeout' }) })]);
    expect(source.signals[0]?.aborted).toBe(true);
  });

  it.each<[string, Step[], ErrorCode]>([
    ['a cut', [delta('Hel', 5), { error: new GenerationError({ code: 'cut', message: 'cut' }) }], 'cut'],
    ['an idle stall after 2 chunks', [delta('Hel', 5), delta('lo', 5), { stall: true }], 'timeout'],
    ['an error frame', [delta('Hel', 5), { error: new GenerationError({ code: 'server', message: 'boom' }) }], 'server'],
  ])('after content, %s is not retried and surfaces with the text so far', async (_, steps, code) => {
    const source = attempts(steps, ok);
    const { events, error } = await run(source);
    expect((error as GenerationError).code).toBe(code);
    expect(textOf(events)).toMatch(/^Hel/);
    expect(retries(events)).toHaveLength(0);
    expect(source.signals).toHaveLength(1);
  });

  it('stops at once when aborted during a backoff sleep', async () => {
    const controller = new AbortController();
    const source = attempts(fail('server', { status: 500 }), ok);
    const iterator = runWithRetry(options(source, { signal: controller.signal, random: () => 1 }))[Symbol.asyncIterator]();
    const first = iterator.next();
    await vi.advanceTimersByTimeAsync(5);
    expect((await first).value).toMatchObject({ type: 'retry', delayMs: 500 });
    const next = iterator.next();
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await expect(next).rejects.toMatchObject({ code: 'aborted' });
    expect(source.signals).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not sleep past the deadline: throws timeout instead', async () => {
    const source = attempts(fail('rate-limit', { status: 429, retryAfterMs: 5000 }), ok);
    const started = Date.now();
    const { events, error } = await run(source, { deadlineAt: started + 3000 });
    expect((error as GenerationError).code).toBe('timeout');
    expect((error as GenerationError).message).toMatch(/deadline.*rate-limit/);
    expect(retries(events)).toHaveLength(0);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('bounds the wait for a first token by the deadline', async () => {
    const source = attempts([{ stall: true }], ok);
    const started = Date.now();
    const { error } = await run(source, { deadlineAt: started + 400 });
    expect((error as GenerationError).code).toBe('timeout');
    expect(Date.now() - started).toBe(400);
    expect(source.signals).toHaveLength(1);
  });
});
