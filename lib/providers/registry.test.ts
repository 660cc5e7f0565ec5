import { describe, expect, it } from 'vitest';
import type { GenerationError } from '../errors/generation-error';
import type { ProviderKind } from '../settings/provider-schema';
import { streamAnthropic } from './anthropic';
import { streamAzureOpenAi } from './azure-openai';
import type { LanguageModelLike } from './chrome-language-model';
import { streamGemini } from './gemini';
import { streamOpenAiCompatible } from './openai-compatible';
import { listModels, streamFor } from './registry';
import { encode, fetchReturning, providerOf, type RecordedFetch } from '../../tests/support/provider-streams';

const json = (value: unknown) => [encode(JSON.stringify(value))];

describe('streamFor', () => {
  it.each([
    ['openai-compatible', streamOpenAiCompatible],
    ['azure-openai', streamAzureOpenAi],
    ['anthropic', streamAnthropic],
    ['gemini', streamGemini],
  ] as const)('gives %s its adapter', (kind, stream) => {
    expect(streamFor(kind)).toBe(stream);
  });

  it('gives chrome-built-in an adapter', () => {
    expect(typeof streamFor('chrome-built-in')).toBe('function');
  });
});

describe('listModels', () => {
  it.each<[ProviderKind, unknown, string[], string, Record<string, string>]>([
    ['openai-compatible', { object: 'list', data: [{ id: 'gpt-4o' }, { id: 'o3' }] }, ['gpt-4o', 'o3'], 'http://x/v1/models', { authorization: 'Bearer k' }],
    ['anthropic', { data: [{ type: 'model', id: 'claude-sonnet-4-5' }], has_more: false }, ['claude-sonnet-4-5'], 'http://x/v1/models?limit=1000', { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' }],
    [
      'gemini',
      {
        models: [
          { name: 'models/gemini-2.0-flash', supportedGenerationMethods: ['generateContent', 'countTokens'] },
          { name: 'models/text-embedding-004', supportedGenerationMethods: ['embedContent'] },
          { name: 'models/aqa' },
        ],
      },
      ['gemini-2.0-flash'],
      'http://x/v1/models?pageSize=1000',
      { 'x-goog-api-key': 'k' },
    ],
  ])('lists %s models', async (kind, body, expected, url, headers) => {
    const seen: RecordedFetch[] = [];
    const models = await listModels(providerOf(kind), 'k', { fetch: fetchReturning(json(body), { status: 200 }, seen), now: () => 0 });
    expect(models).toEqual(expected);
    expect(seen[0]).toMatchObject({ url, method: 'GET', headers });
  });

  it('returns no models for Azure without calling the network', async () => {
    const seen: RecordedFetch[] = [];
    expect(await listModels(providerOf('azure-openai'), 'k', { fetch: fetchReturning([], undefined, seen), now: () => 0 })).toEqual([]);
    expect(seen).toEqual([]);
  });

  it.each<[ProviderKind, number, unknown, string]>([
    ['openai-compatible', 401, { error: { message: 'Incorrect API key', code: 'invalid_api_key' } }, 'auth'],
    ['anthropic', 401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }, 'auth'],
    ['gemini', 400, { error: { code: 400, status: 'INVALID_ARGUMENT', message: 'API key not valid.', details: [{ reason: 'API_KEY_INVALID' }] } }, 'auth'],
    ['openai-compatible', 200, { nothing: true }, 'server'],
  ])('classifies a failed %s listing (HTTP %i) as %s', async (kind, status, body, code) => {
    const failure = await listModels(providerOf(kind), 'k', { fetch: fetchReturning(json(body), { status }), now: () => 0 }).catch((error: unknown) => error);
    expect((failure as GenerationError).code).toBe(code);
  });

  it.each<[string, LanguageModelLike | undefined, string[] | string]>([
    ['available', { availability: async () => 'available', create: () => Promise.reject(new Error('unused')) }, ['gemini-nano']],
    ['downloadable', { availability: async () => 'downloadable', create: () => Promise.reject(new Error('unused')) }, ['gemini-nano']],
    ['unavailable', { availability: async () => 'unavailable', create: () => Promise.reject(new Error('unused')) }, 'config'],
    ['missing', undefined, 'config'],
  ])('lists gemini-nano for chrome-built-in when %s', async (_state, model, expected) => {
    const result = await listModels(providerOf('chrome-built-in'), '', { fetch: globalThis.fetch, now: () => 0 }, () => model).catch(
      (error: unknown) => (error as GenerationError).code,
    );
    expect(result).toEqual(expected);
  });
});
