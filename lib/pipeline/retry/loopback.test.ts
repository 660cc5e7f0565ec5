// End to end against the loopback OpenAI-compatible server over real fetch: Retry-After, quota, stalls.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultReplyText, startLlmServer, type LlmServer } from '../../../tests/server/llm-server';
import type { GenerationError } from '../../errors/generation-error';
import { streamOpenAiCompatible } from '../../providers/openai-compatible';
import type { ChatMessage } from '../../providers/types';
import type { RetryPolicy } from '../../settings/policy-schemas';
import { systemClock } from '../clock';
import { runWithRetry, type RetryEvent } from './run-with-retry';
import { collect, textOf } from '../../../tests/support/retry-kit';

const messages: ChatMessage[] = [{ role: 'user', content: 'Say hello' }];
const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 20_000, firstTokenTimeoutMs: 30_000, idleTimeoutMs: 2000, deadlineMs: 120_000 };

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({ defaultChunkDelayMs: 1 });
});
afterEach(() => {
  vi.useRealTimers();
  server.reset();
});
afterAll(async () => {
  await server.close();
});

function generate(signal = new AbortController().signal) {
  const provider = { id: 'local', kind: 'openai-compatible' as const, name: 'Local', baseUrl: server.baseUrl, headers: {}, contextTokens: 8192 };
  return runWithRetry({
    attempt: (attemptSignal) =>
      streamOpenAiCompatible(
        { provider, apiKey: 'k', model: 'test-model', messages, maxTokens: 50, temperature: 0, signal: attemptSignal },
        { fetch: (...args) => fetch(...args), now: () => Date.now() },
      ),
    policy,
    clock: systemClock,
    random: () => 0.5,
    signal,
    deadlineAt: Date.now() + policy.deadlineMs,
  });
}

// Real sockets need real I/O turns while fake time moves: let I/O run, then step the fake clock.
async function drive<T>(promise: Promise<T>): Promise<T> {
  let settled = false;
  void promise.finally(() => {
    settled = true;
  });
  while (!settled) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(10);
  }
  return promise;
}

const retriesIn = (events: Array<{ type: string }>) => events.filter((e): e is RetryEvent => e.type === 'retry');

describe('runWithRetry against the loopback server', () => {
  it('honours retry-after-ms (real time, tiny delays)', async () => {
    server.script({ kind: 'rate-limit', retryAfterMs: 20, times: 2 });
    const { events, error } = await collect(generate());
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe(defaultReplyText(messages));
    expect(retriesIn(events).map((e) => [e.delayMs, e.error.code])).toEqual([
      [20, 'rate-limit'],
      [20, 'rate-limit'],
    ]);
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    ['retry-after seconds', () => '1', 1000],
    ['retry-after HTTP date', () => new Date(Date.now() + 2000).toUTCString(), 2000],
  ])('honours %s on the fake clock', async (_, retryAfter, expected) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(Date.UTC(2030, 0, 1, 0, 0, 0));
    server.script({ kind: 'rate-limit', retryAfter: retryAfter(), times: 2 });
    const { events, error } = await drive(collect(generate()));
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe(defaultReplyText(messages));
    const retries = retriesIn(events);
    expect(retries).toHaveLength(2);
    const [first, second, third] = server.requests;
    // The HTTP date has 1 s resolution and time passes while the request runs, so only the first
    // wait is exact for it; every wait is at least what the server asked for at that moment.
    expect(retries[0]?.delayMs).toBeGreaterThan(expected - 1000);
    expect(retries[0]?.delayMs).toBeLessThanOrEqual(expected);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(retries[0]!.delayMs);
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(retries[1]!.delayMs);
    if (expected === 1000) expect(retries.map((e) => e.delayMs)).toEqual([1000, 1000]);
  });

  it('never retries insufficient_quota', async () => {
    server.script({ kind: 'insufficient-quota' });
    const { events, error } = await collect(generate());
    expect((error as GenerationError).code).toBe('quota');
    expect(retriesIn(events)).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });

  it('a stall after 2 chunks ends in an idle timeout with the text so far, and the request is cancelled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    server.script({ kind: 'stall', afterChunks: 2 });
    const { events, error } = await drive(collect(generate()));
    expect((error as GenerationError).code).toBe('timeout');
    expect((error as GenerationError).message).toMatch(/idle/);
    expect(textOf(events)).toBe('Draftsmith test ');
    expect(server.requests).toHaveLength(1);
    await vi.waitFor(() => expect(server.requests[0]?.aborted).toBe(true));
  });
});
