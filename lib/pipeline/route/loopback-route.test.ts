// The whole chain over real fetch: quota on the primary model, the fallback model answers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultReplyText, startLlmServer, type LlmServer } from '../../../tests/server/llm-server';
import { streamOpenAiCompatible } from '../../providers/openai-compatible';
import type { ChatMessage } from '../../providers/types';
import { systemClock } from '../clock';
import { runWithRetry } from '../retry/run-with-retry';
import { collect, textOf } from '../../../tests/support/retry-kit';
import { createBreakers } from './circuit-breaker';
import { routeTargets } from './fallback-router';

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({ defaultChunkDelayMs: 1 });
});
afterAll(async () => {
  await server.close();
});

const messages: ChatMessage[] = [{ role: 'user', content: 'Fall back please' }];
const policy = { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 1000, firstTokenTimeoutMs: 10_000, idleTimeoutMs: 10_000, deadlineMs: 60_000 };

it('insufficient_quota on the primary model is not retried; the fallback model serves', async () => {
  server.script({ kind: 'insufficient-quota', match: { model: 'test-model' }, times: -1 });
  const provider = { id: 'local', kind: 'openai-compatible' as const, name: 'Local', baseUrl: server.baseUrl, headers: {}, contextTokens: 8192 };
  const signal = new AbortController().signal;
  const breakers = createBreakers({ clock: systemClock, policy: () => ({ failureThreshold: 3, cooldownMs: 30_000 }) });
  const { events, error } = await collect(
    routeTargets({
      targets: [{ id: 'test-model' }, { id: 'fallback-model' }],
      breakers,
      signal,
      run: (target, runSignal) =>
        runWithRetry({
          attempt: (attemptSignal) =>
            streamOpenAiCompatible(
              { provider, apiKey: 'k', model: target.id, messages, maxTokens: 50, temperature: 0, signal: attemptSignal },
              { fetch: (...args) => fetch(...args), now: () => Date.now() },
            ),
          policy,
          clock: systemClock,
          random: Math.random,
          signal: runSignal,
          deadlineAt: Date.now() + policy.deadlineMs,
        }),
    }),
  );
  expect(error).toBeUndefined();
  expect(textOf(events)).toBe(defaultReplyText(messages));
  expect(events.filter((e) => e.type === 'fallback')).toEqual([
    { type: 'fallback', from: 'test-model', to: 'fallback-model', error: expect.objectContaining({ code: 'quota', status: 429 }) },
  ]);
  expect(events.some((e) => e.type === 'retry')).toBe(false);
  expect(server.requests.map((r) => (r.body as { model: string }).model)).toEqual(['test-model', 'fallback-model']);
});
