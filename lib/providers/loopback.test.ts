// Runs every network adapter against the loopback test server with real fetch: wire formats and faults end to end.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLlmServer, type LlmServer, type ScriptedFault } from '../../tests/server/llm-server.ts';
import type { ProviderKind } from '../settings/provider-schema';
import { listModels, streamFor } from './registry';
import { callFor, collect, providerOf, textOf } from '../../tests/support/provider-streams';
import type { ChatCall } from './types';

const EXPECTED_REPLY = 'Draftsmith test reply: Write a short greeting';
const runtime = { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init), now: () => Date.now() };

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({ defaultChunkDelayMs: 0 });
});
afterEach(() => server.reset());
afterAll(async () => {
  await server.close();
});

type HttpKind = Exclude<ProviderKind, 'chrome-built-in'>;
const KINDS: HttpKind[] = ['openai-compatible', 'azure-openai', 'anthropic', 'gemini'];

function callOf(kind: HttpKind, overrides: Partial<ChatCall> = {}): ChatCall {
  const baseUrl = kind === 'gemini' ? server.geminiBaseUrl : kind === 'azure-openai' ? server.url : server.baseUrl;
  return callFor(providerOf(kind, { baseUrl }), {
    model: 'test-model',
    maxTokens: 100,
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'Write   a short\ngreeting' },
    ],
    ...overrides,
  });
}

const run = (kind: HttpKind, overrides?: Partial<ChatCall>) => collect(streamFor(kind), callOf(kind, overrides), runtime);

describe.each(KINDS)('%s against the loopback server', (kind) => {
  it('streams the reply with a finish and usage', async () => {
    const { events, error } = await run(kind);
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe(EXPECTED_REPLY);
    expect(events).toContainEqual({ type: 'finish', reason: 'stop' });
    expect(events).toContainEqual({ type: 'usage', promptTokens: 7, completionTokens: 7 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.aborted).toBe(false);
  });

  it('reports a word limit as length', async () => {
    const { events } = await run(kind, { maxTokens: 3 });
    expect(textOf(events)).toBe('Draftsmith test reply:');
    expect(events).toContainEqual({ type: 'finish', reason: 'length' });
  });

  it('returns JSON that follows the schema', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' }, n: { type: 'integer', minimum: 2 } }, required: ['title', 'n'], additionalProperties: false };
    const { events, error } = await run(kind, { responseFormat: { type: 'json_schema', name: 'draft', schema } });
    expect(error).toBeUndefined();
    expect(JSON.parse(textOf(events))).toEqual({ title: 'test', n: 2 });
  });

  it.each<[string, string, ScriptedFault]>([
    ['rate-limit', 'rate-limit', { kind: 'rate-limit', retryAfter: '2' }],
    ['insufficient-quota', 'quota', { kind: 'insufficient-quota' }],
    ['unauthorized', 'auth', { kind: 'unauthorized' }],
    ['http-error 503', 'server', { kind: 'http-error', status: 503 }],
    ['context length', 'context-length', { kind: 'http-error', contextLength: true }],
  ])('classifies the %s fault as %s', async (_name, code, fault) => {
    server.script(fault);
    const { error } = await run(kind);
    expect(error?.code).toBe(code);
    if (code === 'rate-limit') expect(error?.retryAfterMs).toBe(2000);
  });

  it.each<[string, string, ScriptedFault]>([
    ['error-frame', 'server', { kind: 'error-frame', afterChunks: 2 }],
    ['cut', 'cut', { kind: 'cut', afterChunks: 2 }],
  ])('keeps the text before a mid-stream %s and fails with %s', async (_name, code, fault) => {
    server.script(fault);
    const { events, error } = await run(kind);
    expect(textOf(events)).toBe('Draftsmith test ');
    expect(error?.code).toBe(code);
  });

  it('aborts a stalled stream when the signal fires', async () => {
    server.script({ kind: 'stall', afterChunks: 1 });
    const controller = new AbortController();
    const stream = streamFor(kind)(callOf(kind, { signal: controller.signal }), runtime);
    let text = '';
    const failure = await (async () => {
      for await (const event of stream) {
        if (event.type !== 'delta') continue;
        text += event.text;
        controller.abort();
      }
    })().catch((error: unknown) => error);
    expect(text).toBe('Draftsmith ');
    expect((failure as Error).name).toBe('AbortError');
  });
});

describe('listModels against the loopback server', () => {
  it.each<[HttpKind, string[]]>([
    ['openai-compatible', ['test-model', 'test-model-mini', 'fallback-model']],
    ['anthropic', ['test-model', 'test-model-mini', 'fallback-model']],
    ['gemini', ['test-model', 'test-model-mini', 'fallback-model']],
    ['azure-openai', []],
  ])('lists %s models', async (kind, expected) => {
    const { provider } = callOf(kind);
    expect(await listModels(provider, 'k', runtime)).toEqual(expected);
  });

  it.each<HttpKind>(['openai-compatible', 'anthropic', 'gemini'])('reports a wrong %s key as auth', async (kind) => {
    const keyed = await startLlmServer({ apiKey: 'right', defaultChunkDelayMs: 0 });
    try {
      const baseUrl = kind === 'gemini' ? keyed.geminiBaseUrl : keyed.baseUrl;
      const failure = await listModels(providerOf(kind, { baseUrl }), 'wrong', runtime).catch((error: unknown) => error);
      expect((failure as { code?: string }).code).toBe('auth');
      expect(await listModels(providerOf(kind, { baseUrl }), 'right', runtime)).toHaveLength(3);
    } finally {
      await keyed.close();
    }
  });
});
