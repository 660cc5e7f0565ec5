// Exercises the Anthropic, Gemini and Azure routes of the test LLM server over real HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLlmServer, type LlmServer } from './llm-server.ts';

const SYSTEM = 'You are terse.';
const USER_TEXT = 'Write   a short\ngreeting';
const EXPECTED_REPLY = 'Draftsmith test reply: Write a short greeting';

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({ defaultChunkDelayMs: 0 });
});
afterEach(() => server.reset());
afterAll(async () => {
  await server.close();
});

interface SseEvent {
  event?: string;
  data: Record<string, unknown>;
}

/** SSE events with JSON data; comment lines are skipped. Accepts LF or CRLF. */
function sseEvents(raw: string): SseEvent[] {
  return raw
    .replace(/\r\n/g, '\n')
    .split('\n\n')
    .filter((block) => block.includes('data: '))
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice('event: '.length);
      const data = lines.find((l) => l.startsWith('data: '))?.slice('data: '.length) ?? '{}';
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

/** Reads a body the server may cut; returns what arrived. */
async function readAll(res: Response): Promise<string> {
  let text = '';
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text;
      text += value;
    }
  } catch {
    return text;
  }
}

function anthropic(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.baseUrl}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', ...headers },
    body: JSON.stringify({ model: 'test-model', max_tokens: 100, system: SYSTEM, messages: [{ role: 'user', content: USER_TEXT }], stream: true, ...body }),
  });
}

function gemini(body: Record<string, unknown> = {}, query = '?alt=sse', headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.geminiBaseUrl}/models/test-model:streamGenerateContent${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      systemInstruction: { parts: [{ text: SYSTEM }] },
      contents: [{ role: 'user', parts: [{ text: USER_TEXT }] }],
      ...body,
    }),
  });
}

const anthropicText = (events: SseEvent[]) =>
  events.map((e) => (e.data.type === 'content_block_delta' ? String((e.data.delta as Record<string, unknown>).text ?? (e.data.delta as Record<string, unknown>).partial_json) : '')).join('');
const geminiText = (events: SseEvent[]) =>
  events.map((e) => ((e.data.candidates as { content: { parts: { text: string }[] } }[] | undefined)?.[0]?.content.parts.map((p) => p.text).join('') ?? '')).join('');

describe('Anthropic /v1/messages', () => {
  it('streams the Messages event sequence with usage', async () => {
    const res = await anthropic({});
    expect(res.status).toBe(200);
    const events = sseEvents(await res.text());
    const types = events.map((e) => e.data.type);
    expect(types.slice(0, 3)).toEqual(['message_start', 'content_block_start', 'ping']);
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(events.every((e) => e.event === e.data.type)).toBe(true);
    expect(anthropicText(events)).toBe(EXPECTED_REPLY);
    expect(events[0]?.data).toMatchObject({ message: { usage: { input_tokens: 7 } } });
    expect(events.at(-2)?.data).toMatchObject({ delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 7 } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/messages', fault: null });
  });

  it('answers a forced tool with input_json_delta and stop_reason tool_use', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] };
    const res = await anthropic({ tools: [{ name: 'draft', input_schema: schema }], tool_choice: { type: 'tool', name: 'draft' } });
    const events = sseEvents(await res.text());
    expect(events[1]?.data).toMatchObject({ content_block: { type: 'tool_use', name: 'draft' } });
    expect(JSON.parse(anthropicText(events))).toEqual({ title: 'test' });
    expect(events.at(-2)?.data).toMatchObject({ delta: { stop_reason: 'tool_use' } });
  });

  it('stops at max_tokens words with stop_reason max_tokens', async () => {
    const events = sseEvents(await (await anthropic({ max_tokens: 3 })).text());
    expect(anthropicText(events)).toBe('Draftsmith test reply:');
    expect(events.at(-2)?.data).toMatchObject({ delta: { stop_reason: 'max_tokens' } });
  });

  it.each([
    ['a missing max_tokens', { max_tokens: undefined }, /max_tokens/],
    ['a system role message', { messages: [{ role: 'system', content: 'x' }, { role: 'user', content: 'y' }] }, /Unexpected role "system"/],
    ['stream: false', { stream: false }, /stream: true/],
  ])('rejects %s with an invalid_request_error', async (_name, body, message) => {
    const res = await anthropic(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { type: string; error: { type: string; message: string } };
    expect(json.type).toBe('error');
    expect(json.error.type).toBe('invalid_request_error');
    expect(json.error.message).toMatch(message);
  });

  it.each([
    [{ kind: 'rate-limit', retryAfter: '2' }, 429, 'rate_limit_error'],
    [{ kind: 'insufficient-quota' }, 400, 'invalid_request_error'],
    [{ kind: 'unauthorized' }, 401, 'authentication_error'],
    [{ kind: 'http-error', status: 529 }, 529, 'overloaded_error'],
    [{ kind: 'http-error', status: 500 }, 500, 'api_error'],
    [{ kind: 'http-error', contextLength: true }, 400, 'invalid_request_error'],
  ] as const)('maps fault %j to HTTP %i %s', async (fault, status, type) => {
    server.script(fault);
    const res = await anthropic({});
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe(type);
    if (fault.kind === 'rate-limit') expect(res.headers.get('retry-after')).toBe('2');
  });

  it('sends an error event for error-frame, pings for keepalive, and cuts without message_stop', async () => {
    server.script({ kind: 'error-frame', afterChunks: 1 }, { kind: 'keepalive', everyMs: 5, firstTokenMs: 12 }, { kind: 'cut', afterChunks: 2 });
    const failed = sseEvents(await (await anthropic({})).text());
    expect(failed.at(-1)).toEqual({ event: 'error', data: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } });
    const kept = sseEvents(await (await anthropic({})).text());
    expect(kept.filter((e) => e.data.type === 'ping').length).toBeGreaterThan(2);
    const cut = sseEvents(await readAll(await anthropic({})));
    expect(anthropicText(cut)).toBe('Draftsmith test ');
    expect(cut.some((e) => e.data.type === 'message_stop')).toBe(false);
  });

  it('lists models in the Anthropic shape when anthropic-version is sent', async () => {
    const res = await fetch(`${server.baseUrl}/models`, { headers: { 'anthropic-version': '2023-06-01' } });
    const body = (await res.json()) as { data: { type: string; id: string }[]; has_more: boolean };
    expect(body.data.map((m) => m.id)).toEqual(['test-model', 'test-model-mini', 'fallback-model']);
    expect(body.data[0]?.type).toBe('model');
    expect(body.has_more).toBe(false);
  });
});

describe('Gemini /v1beta', () => {
  it('streams GenerateContentResponse frames separated by CRLF, ending with STOP and usage', async () => {
    const res = await gemini();
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw).toContain('\r\n\r\n');
    expect(raw).not.toContain('[DONE]');
    const events = sseEvents(raw);
    expect(geminiText(events)).toBe(EXPECTED_REPLY);
    expect(events.at(-1)?.data).toMatchObject({
      candidates: [{ finishReason: 'STOP' }],
      usageMetadata: { promptTokenCount: 7, candidatesTokenCount: 7, totalTokenCount: 14 },
    });
    expect(server.requests.at(-1)?.path).toBe('/v1beta/models/test-model:streamGenerateContent');
  });

  it('honours maxOutputTokens and responseSchema', async () => {
    const short = sseEvents(await (await gemini({ generationConfig: { maxOutputTokens: 3 } })).text());
    expect(short.at(-1)?.data).toMatchObject({ candidates: [{ finishReason: 'MAX_TOKENS' }] });
    const schema = { type: 'object', properties: { tone: { type: 'string', enum: ['formal', 'casual'] } }, required: ['tone'] };
    const json = sseEvents(await (await gemini({ generationConfig: { responseMimeType: 'application/json', responseSchema: schema } })).text());
    expect(JSON.parse(geminiText(json))).toEqual({ tone: 'formal' });
  });

  it.each([
    ['no alt=sse', {}, ''],
    ['a wrong role', { contents: [{ role: 'assistant', parts: [{ text: 'x' }] }] }, '?alt=sse'],
    ['no contents', { contents: [] }, '?alt=sse'],
  ])('rejects %s with INVALID_ARGUMENT', async (_name, body, query) => {
    const res = await gemini(body, query);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { status: string } }).error.status).toBe('INVALID_ARGUMENT');
  });

  it.each([
    [{ kind: 'rate-limit', retryAfter: '3' }, 429, 'RESOURCE_EXHAUSTED', 'RetryInfo'],
    [{ kind: 'insufficient-quota' }, 429, 'RESOURCE_EXHAUSTED', 'PerDay'],
    [{ kind: 'unauthorized' }, 400, 'INVALID_ARGUMENT', 'API_KEY_INVALID'],
    [{ kind: 'http-error', status: 503 }, 503, 'UNAVAILABLE', 'overloaded'],
    [{ kind: 'http-error', contextLength: true }, 400, 'INVALID_ARGUMENT', 'input token count'],
  ] as const)('maps fault %j to HTTP %i %s', async (fault, status, googleStatus, mention) => {
    server.script(fault);
    const res = await gemini();
    expect(res.status).toBe(status);
    const text = await res.text();
    expect((JSON.parse(text) as { error: { status: string } }).error.status).toBe(googleStatus);
    expect(text).toContain(mention);
  });

  it('sends an error frame for error-frame and cuts without a finishReason', async () => {
    server.script({ kind: 'error-frame', afterChunks: 1, message: 'boom' }, { kind: 'cut', afterChunks: 2 });
    const failed = sseEvents(await (await gemini()).text());
    expect(failed.at(-1)?.data).toEqual({ error: { code: 500, message: 'boom', status: 'INTERNAL' } });
    const cut = sseEvents(await readAll(await gemini()));
    expect(geminiText(cut)).toBe('Draftsmith test ');
    expect(JSON.stringify(cut)).not.toContain('finishReason');
  });

  it('lists models with their generation methods', async () => {
    const body = (await (await fetch(`${server.geminiBaseUrl}/models`)).json()) as { models: { name: string; supportedGenerationMethods: string[] }[] };
    expect(body.models.filter((m) => m.supportedGenerationMethods.includes('generateContent')).map((m) => m.name)).toEqual([
      'models/test-model',
      'models/test-model-mini',
      'models/fallback-model',
    ]);
    expect(body.models.length).toBe(4);
  });
});

describe('Azure /openai/deployments', () => {
  it('answers as OpenAI with the deployment as the model, and needs api-version', async () => {
    const url = `${server.url}/openai/deployments/my-deploy/chat/completions`;
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }) };
    const ok = await fetch(`${url}?api-version=2024-10-21`, init);
    expect(((await ok.json()) as { model: string }).model).toBe('my-deploy');
    expect((await fetch(url, init)).status).toBe(404);
  });
});

describe('vendor api keys', () => {
  it.each([
    ['Anthropic x-api-key', () => anthropic({}, { 'x-api-key': 'sk-test' }), () => anthropic({}, { 'x-api-key': 'wrong' }), 401, () => anthropic({})],
    ['Gemini x-goog-api-key', () => gemini({}, '?alt=sse', { 'x-goog-api-key': 'sk-test' }), () => gemini({}, '?alt=sse', { 'x-goog-api-key': 'wrong' }), 400, () => gemini()],
    ['Gemini ?key=', () => gemini({}, '?alt=sse&key=sk-test'), () => gemini({}, '?alt=sse&key=wrong'), 400, () => gemini()],
  ])('checks the %s in the vendor error shape', async (_name, good, bad, badStatus, none) => {
    const keyed = await startLlmServer({ apiKey: 'sk-test', defaultChunkDelayMs: 0 });
    const original = server;
    server = keyed;
    try {
      expect((await good()).status).toBe(200);
      expect((await bad()).status).toBe(badStatus);
      const missing = await none();
      expect([401, 403]).toContain(missing.status);
    } finally {
      server = original;
      await keyed.close();
    }
  });
});
