import { describe, expect, it } from 'vitest';
import { buildGeminiBody, buildGeminiRequest, geminiStreamUrl, streamGemini } from './gemini';
import { callFor, collect, encode, fetchReturning, providerOf, reasoningOf, splitAt, textOf } from '../../tests/support/provider-streams';

// Google separates SSE frames with CRLF pairs.
const frame = (payload: Record<string, unknown>) => `data: ${JSON.stringify(payload)}\r\n\r\n`;
const chunk = (text: string, finishReason?: string, usage?: Record<string, number>) =>
  frame({ candidates: [{ content: { parts: [{ text }], role: 'model' }, ...(finishReason ? { finishReason } : {}), index: 0 }], ...(usage ? { usageMetadata: usage } : {}) });

const provider = providerOf('gemini', { baseUrl: 'https://generativelanguage.googleapis.com/v1beta' });
const call = callFor(provider, { model: 'gemini-2.0-flash' });

function run(body: string | Uint8Array[], init?: ResponseInit) {
  const chunks = typeof body === 'string' ? [encode(body)] : body;
  return collect(streamGemini, call, { fetch: fetchReturning(chunks, init), now: () => 0 });
}

describe('Gemini request', () => {
  it.each([
    ['gemini-2.0-flash', 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse'],
    ['models/gemini-2.5-pro', 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse'],
  ])('streams model %s from %s', (model, url) => {
    expect(geminiStreamUrl('https://generativelanguage.googleapis.com/v1beta/', model)).toBe(url);
  });

  it('sends the key in x-goog-api-key', () => {
    const request = buildGeminiRequest(callFor(provider, { apiKey: 'AIza' }));
    expect(request.headers['x-goog-api-key']).toBe('AIza');
    expect(request.url).not.toContain('key=');
  });

  it('maps roles, lifts system into systemInstruction and merges neighbours', () => {
    const body = buildGeminiBody(
      callFor(provider, {
        maxTokens: 256,
        temperature: 0.4,
        messages: [
          { role: 'system', content: 'Be kind.' },
          { role: 'user', content: 'a' },
          { role: 'user', content: 'b' },
          { role: 'assistant', content: 'c' },
          { role: 'user', content: 'd' },
        ],
      }),
    );
    expect(body).toEqual({
      contents: [
        { role: 'user', parts: [{ text: 'a\n\nb' }] },
        { role: 'model', parts: [{ text: 'c' }] },
        { role: 'user', parts: [{ text: 'd' }] },
      ],
      systemInstruction: { parts: [{ text: 'Be kind.' }] },
      generationConfig: { maxOutputTokens: 256, temperature: 0.4 },
    });
  });

  it.each([
    [{ type: 'json_object' as const }, { responseMimeType: 'application/json' }],
    [
      { type: 'json_schema' as const, name: 'd', schema: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } } },
      { responseMimeType: 'application/json', responseSchema: { type: 'object', properties: { a: { type: 'string' } } } },
    ],
  ])('asks for JSON output for %j', (responseFormat, config) => {
    expect(buildGeminiBody(callFor(provider, { responseFormat })).generationConfig).toMatchObject(config);
  });
});

describe('Gemini stream parsing', () => {
  const normal = chunk('Hello', undefined, { promptTokenCount: 4, totalTokenCount: 4 }) + chunk(', 世界', undefined, { promptTokenCount: 4, totalTokenCount: 4 }) + chunk('', 'STOP', { promptTokenCount: 4, candidatesTokenCount: 6, totalTokenCount: 10 });

  it('reads text, then finish and the last usage seen', async () => {
    const { events, error } = await run(normal);
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('Hello, 世界');
    expect(events.slice(-2)).toEqual([
      { type: 'finish', reason: 'stop' },
      { type: 'usage', promptTokens: 4, completionTokens: 6 },
    ]);
  });

  it('joins frames split at awkward byte positions, including inside CRLF and characters', async () => {
    const bytes = encode(normal);
    const cr = bytes.indexOf(0x0d);
    const wide = bytes.indexOf(0xe4);
    for (const offsets of [[cr + 1], [wide + 1, wide + 2], [5, 6, 7, 8], Array.from({ length: 30 }, (_, i) => i * 11 + 1)]) {
      const { events, error } = await run(splitAt(bytes, offsets));
      expect(error).toBeUndefined();
      expect(textOf(events)).toBe('Hello, 世界');
    }
  });

  it.each([
    ['STOP', 'stop'],
    ['MAX_TOKENS', 'length'],
    ['SAFETY', 'other'],
    ['RECITATION', 'other'],
    ['OTHER', 'other'],
  ])('maps finishReason %s after text to %s', async (reason, finish) => {
    const { events, error } = await run(chunk('some text') + chunk('', reason));
    expect(error).toBeUndefined();
    expect(events).toContainEqual({ type: 'finish', reason: finish });
  });

  it.each(['SAFETY', 'RECITATION', 'BLOCKLIST', 'PROHIBITED_CONTENT'])('reports %s with no text as filtered, naming the reason', async (reason) => {
    const { error } = await run(frame({ candidates: [{ finishReason: reason, index: 0 }] }));
    expect(error?.code).toBe('filtered');
    expect(error?.message).toContain(reason);
  });

  it('reports a blocked prompt as filtered', async () => {
    const { error } = await run(frame({ promptFeedback: { blockReason: 'PROHIBITED_CONTENT' }, usageMetadata: { promptTokenCount: 3 } }));
    expect(error?.code).toBe('filtered');
    expect(error?.message).toContain('PROHIBITED_CONTENT');
  });

  it('streams thought parts as reasoning', async () => {
    const thought = frame({ candidates: [{ content: { parts: [{ text: 'Thinking…', thought: true }], role: 'model' } }] });
    const { events } = await run(thought + chunk('Answer', 'STOP'));
    expect(reasoningOf(events)).toBe('Thinking…');
    expect(textOf(events)).toBe('Answer');
  });

  it('reports a stream that ends without a finishReason as cut', async () => {
    const { events, error } = await run(chunk('half'));
    expect(textOf(events)).toBe('half');
    expect(error?.code).toBe('cut');
  });

  it('turns an error frame into an error after the text that arrived', async () => {
    const { events, error } = await run(chunk('partial ') + frame({ error: { code: 503, message: 'The model is overloaded.', status: 'UNAVAILABLE' } }));
    expect(textOf(events)).toBe('partial ');
    expect(error?.code).toBe('server');
    expect(error?.message).toBe('The model is overloaded.');
  });
});

describe('Gemini HTTP errors', () => {
  const google = (code: number, status: string, message: string, details?: unknown[]) => JSON.stringify({ error: { code, message, status, ...(details ? { details } : {}) } });
  const retryInfo = { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '17s' };
  const quota = (quotaId: string) => ({ '@type': 'type.googleapis.com/google.rpc.QuotaFailure', violations: [{ quotaId }] });
  const badKey = { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' };

  it.each([
    [400, google(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [badKey]), 'auth', undefined],
    [401, google(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'), 'auth', undefined],
    [403, google(403, 'PERMISSION_DENIED', "Method doesn't allow unregistered callers"), 'auth', undefined],
    [429, google(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota, please check your plan and billing details.', [quota('GenerateRequestsPerMinutePerProjectPerModel-FreeTier'), retryInfo]), 'rate-limit', 17_000],
    [429, google(429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).'), 'rate-limit', 5000],
    [429, google(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota, please check your plan and billing details.', [quota('GenerateRequestsPerDayPerProjectPerModel-FreeTier')]), 'quota', undefined],
    [429, google(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota, please check your plan and billing details.'), 'quota', undefined],
    [400, google(400, 'INVALID_ARGUMENT', 'The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).'), 'context-length', undefined],
    [400, google(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.'), 'bad-request', undefined],
    [400, google(400, 'FAILED_PRECONDITION', 'Gemini API free tier is not available in your country. Please enable billing on your project.'), 'quota', undefined],
    [404, google(404, 'NOT_FOUND', 'models/gemini-9 is not found'), 'not-found', undefined],
    [503, google(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.'), 'server', 5000],
    [500, google(500, 'INTERNAL', 'An internal error has occurred.'), 'server', 5000],
    [502, 'Bad Gateway', 'server', 5000],
  ])('classifies HTTP %i %s as %s', async (status, text, code, retryAfterMs) => {
    const { error } = await run([encode(text)], { status, headers: { 'retry-after': '5' } });
    expect(error?.code).toBe(code);
    expect(error?.status).toBe(status);
    if (retryAfterMs !== undefined) expect(error?.retryAfterMs).toBe(retryAfterMs);
  });
});
