import { describe, expect, it } from 'vitest';
import { azureChatUrl, buildAzureRequest, DEFAULT_AZURE_API_VERSION, streamAzureOpenAi } from './azure-openai';
import { callFor, collect, encode, fetchReturning, providerOf, textOf, type RecordedFetch } from '../../tests/support/provider-streams';

const frame = (content: string | null, finish: string | null = null) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }] })}\n\n`;

describe('Azure OpenAI request', () => {
  it.each([
    ['https://r.openai.azure.com', 'gpt-4o', undefined, `https://r.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=${DEFAULT_AZURE_API_VERSION}`],
    ['https://r.openai.azure.com/', 'my deploy', '2025-01-01-preview', 'https://r.openai.azure.com/openai/deployments/my%20deploy/chat/completions?api-version=2025-01-01-preview'],
    ['https://gw.example/azure//', 'd', '  ', `https://gw.example/azure/openai/deployments/d/chat/completions?api-version=${DEFAULT_AZURE_API_VERSION}`],
  ])('builds the URL from %s, deployment %s, version %s', (baseUrl, deployment, version, url) => {
    expect(azureChatUrl(baseUrl, deployment, version)).toBe(url);
  });

  it('authenticates with api-key, not Authorization, and keeps provider headers', () => {
    const provider = providerOf('azure-openai', { baseUrl: 'https://r.openai.azure.com', apiVersion: '2024-10-21', headers: { 'x-ms-useragent': 'draftsmith' } });
    const request = buildAzureRequest(callFor(provider, { apiKey: 'az-key', model: 'dep' }));
    expect(request.headers['api-key']).toBe('az-key');
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['x-ms-useragent']).toBe('draftsmith');
    expect(request.body).toMatchObject({ stream: true, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
  });
});

describe('Azure OpenAI stream', () => {
  it('reads chunks with the shared OpenAI reader', async () => {
    const seen: RecordedFetch[] = [];
    const body = encode(frame('Hi') + frame(' there') + frame(null, 'stop') + 'data: [DONE]\n\n');
    const provider = providerOf('azure-openai', { baseUrl: 'https://r.openai.azure.com' });
    const { events, error } = await collect(streamAzureOpenAi, callFor(provider, { model: 'dep' }), { fetch: fetchReturning([body], undefined, seen), now: () => 0 });
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('Hi there');
    expect(events).toContainEqual({ type: 'finish', reason: 'stop' });
    expect(seen[0]?.url).toContain('/openai/deployments/dep/chat/completions?api-version=');
    expect(seen[0]?.headers['api-key']).toBe('k');
  });

  it('classifies an Azure 429 with retry-after', async () => {
    const body = encode(JSON.stringify({ error: { code: '429', message: 'Requests to the ChatCompletions_Create Operation have exceeded call rate limit.' } }));
    const runtime = { fetch: fetchReturning([body], { status: 429, headers: { 'retry-after': '7' } }), now: () => 0 };
    const { error } = await collect(streamAzureOpenAi, callFor(providerOf('azure-openai')), runtime);
    expect(error?.code).toBe('rate-limit');
    expect(error?.retryAfterMs).toBe(7000);
  });

  it('reports a content_filter finish with no text as filtered, and after text as other', async () => {
    const run = (body: string) => collect(streamAzureOpenAi, callFor(providerOf('azure-openai')), { fetch: fetchReturning([encode(body)]), now: () => 0 });
    expect((await run(frame(null, 'content_filter'))).error?.code).toBe('filtered');
    const partial = await run(frame('Some') + frame(null, 'content_filter'));
    expect(partial.error).toBeUndefined();
    expect(partial.events).toContainEqual({ type: 'finish', reason: 'other' });
  });

  it('classifies a prompt rejected by the content filter as filtered', async () => {
    const body = encode(JSON.stringify({ error: { message: 'The response was filtered', code: 'content_filter', status: 400 } }));
    const { error } = await collect(streamAzureOpenAi, callFor(providerOf('azure-openai')), { fetch: fetchReturning([body], { status: 400 }), now: () => 0 });
    expect(error?.code).toBe('filtered');
  });
});
