// "Test connection" against the loopback server: models and latency, and each failure class the page explains.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLlmServer, type LlmServer } from '../../tests/server/llm-server.ts';
import type { Provider } from '../settings/provider-schema';
import { testProvider, type TestProviderDeps } from './test-provider';

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({ apiKey: 'sk-right' });
});
afterAll(async () => {
  await server.close();
});

const provider = (patch: Partial<Provider> = {}): Provider => ({
  id: 'p1',
  kind: 'openai-compatible',
  name: 'Test',
  baseUrl: server.baseUrl,
  headers: {},
  contextTokens: 8192,
  ...patch,
});

const deps = (patch: Partial<TestProviderDeps> = {}): TestProviderDeps => ({
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  storedKey: async (id) => (id === 'p1' ? 'sk-right' : ''),
  hasOriginPermission: async () => true,
  ...patch,
});

describe('testProvider', () => {
  it('lists the models with the stored key and reports the latency', async () => {
    const result = await testProvider(provider(), undefined, deps());
    expect(result).toMatchObject({ ok: true, models: ['test-model', 'test-model-mini', 'fallback-model'] });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('prefers the key typed in the form over the stored one', async () => {
    const result = await testProvider(provider(), 'sk-wrong', deps());
    expect(result).toMatchObject({ ok: false, error: { code: 'auth', status: 401 } });
  });

  it.each([
    ['a wrong path', () => provider({ baseUrl: `${server.url}/nothing-here` }), 'not-found'],
    ['an unreachable host', () => provider({ baseUrl: 'http://127.0.0.1:9/v1' }), 'network'],
  ])('classifies %s', async (_name, make, code) => {
    const result = await testProvider(make(), undefined, deps());
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('asks for the origin permission before any request', async () => {
    let called = false;
    const result = await testProvider(provider({ baseUrl: 'https://api.example.com/v1' }), 'k', deps({
      hasOriginPermission: async () => false,
      fetch: async () => {
        called = true;
        return new Response('{}');
      },
    }));
    expect(result).toMatchObject({ ok: false, error: { code: 'permission', message: 'https://api.example.com' } });
    expect(called).toBe(false);
  });

  it.each([
    [403, 'ollama-origins'],
    [0, 'ollama-running'],
  ])('explains a failing local Ollama (status %d) with a hint', async (status, hint) => {
    const fakeFetch: typeof fetch = async () => {
      if (status === 0) throw new TypeError('Failed to fetch');
      return new Response('Forbidden', { status });
    };
    const result = await testProvider(provider({ baseUrl: 'http://localhost:11434/v1' }), undefined, deps({ fetch: fakeFetch }));
    expect(result).toMatchObject({ ok: false, hint });
  });
});
