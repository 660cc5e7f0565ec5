// Exercises the test LLM server over real HTTP, the way the extension and e2e tests use it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultReplyText, startLlmServer, type LlmServer, type RecordedRequest, type ScriptedFault } from './llm-server.ts';

interface Chunk {
  id: string;
  object: string;
  model: string;
  system_fingerprint: string;
  choices: { index: number; delta: { role?: string; content?: string }; logprobs: null; finish_reason: string | null }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
}

interface Completion {
  object: string;
  choices: { message: { role: string; content: string }; finish_reason: string }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

const USER_TEXT = 'Write   a short\ngreeting';
const MESSAGES = [
  { role: 'system', content: 'You are terse.' },
  { role: 'user', content: USER_TEXT },
];
const EXPECTED_REPLY = 'Draftsmith test reply: Write a short greeting';

let server: LlmServer;

beforeAll(async () => {
  server = await startLlmServer({ defaultChunkDelayMs: 1 });
});
afterEach(() => server.reset());
afterAll(async () => {
  await server.close();
});

function chat(body: Record<string, unknown>, init: RequestInit = {}, target: LlmServer = server): Promise<Response> {
  return fetch(`${target.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
    body: JSON.stringify({ model: 'test-model', messages: MESSAGES, ...body }),
    signal: init.signal,
  });
}

/** The `data:` payloads of an SSE body, in order; comment lines are skipped. */
function dataFrames(raw: string): string[] {
  return raw
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .flatMap((block) => block.split('\n').filter((line) => line.startsWith('data: ')))
    .map((line) => line.slice('data: '.length));
}

function chunksOf(frames: string[]): Chunk[] {
  return frames.filter((f) => f !== '[DONE]').map((f) => JSON.parse(f) as Chunk);
}

function contentOf(chunks: Chunk[]): string {
  return chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
}

async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function lastRequest(): RecordedRequest {
  const request = server.requests.at(-1);
  if (!request) throw new Error('no request recorded');
  return request;
}

describe('models and plain completions', () => {
  it('lists the test models', async () => {
    const res = await fetch(`${server.baseUrl}/models`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { object: string; data: { id: string; object: string; owned_by: string }[] };
    expect(body.object).toBe('list');
    expect(body.data.map((m) => m.id)).toEqual(['test-model', 'test-model-mini', 'fallback-model']);
    expect(body.data.every((m) => m.object === 'model' && m.owned_by === 'draftsmith-test')).toBe(true);
    expect(server.requests.map((r) => r.path)).toEqual(['/v1/models']);
  });

  it('streams OpenAI-shaped chunks ending in [DONE]', async () => {
    expect(defaultReplyText(MESSAGES)).toBe(EXPECTED_REPLY);
    const res = await chat({ stream: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const frames = dataFrames(await res.text());
    expect(frames.at(-1)).toBe('[DONE]');
    const chunks = chunksOf(frames);
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(contentOf(chunks)).toBe(EXPECTED_REPLY);
    expect(chunks.length).toBeGreaterThan(3);
    const last = chunks.at(-1);
    expect(last?.choices[0]).toEqual({ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' });
    for (const chunk of chunks) {
      expect(chunk.object).toBe('chat.completion.chunk');
      expect(chunk.id).toBe(chunks[0]?.id);
      expect(chunk.id).toMatch(/^chatcmpl-\d+$/);
      expect(chunk.system_fingerprint).toBe('fp_test');
      expect(chunk.model).toBe('test-model');
      expect('usage' in chunk).toBe(false);
    }
    expect(lastRequest()).toMatchObject({ method: 'POST', path: '/v1/chat/completions', fault: null, aborted: false });
  });

  it('adds a usage chunk and usage: null elsewhere with include_usage', async () => {
    const res = await chat({ stream: true, stream_options: { include_usage: true } });
    const frames = dataFrames(await res.text());
    expect(frames.at(-1)).toBe('[DONE]');
    const chunks = chunksOf(frames);
    const usageChunk = chunks.at(-1);
    expect(usageChunk?.choices).toEqual([]);
    // Words: system 3 + user 4; reply 7.
    expect(usageChunk?.usage).toEqual({ prompt_tokens: 7, completion_tokens: 7, total_tokens: 14 });
    for (const chunk of chunks.slice(0, -1)) expect(chunk.usage).toBeNull();
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
  });

  it("truncates at max_tokens words with finish_reason 'length'", async () => {
    const res = await chat({ stream: true, max_tokens: 3 });
    const chunks = chunksOf(dataFrames(await res.text()));
    expect(contentOf(chunks)).toBe('Draftsmith test reply:');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('length');

    const json = (await (await chat({ max_completion_tokens: 4 })).json()) as Completion;
    expect(json.choices[0]?.message.content).toBe('Draftsmith test reply: Write');
    expect(json.choices[0]?.finish_reason).toBe('length');
  });

  it('answers non-stream requests with a chat.completion object', async () => {
    const res = await chat({ stream: false });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Completion;
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.message).toEqual({ role: 'assistant', content: EXPECTED_REPLY });
    expect(body.choices[0]?.finish_reason).toBe('stop');
    expect(body.usage).toEqual({ prompt_tokens: 7, completion_tokens: 7, total_tokens: 14 });
  });

  it('reads text parts of array content', async () => {
    const messages = [{ role: 'user', content: [{ type: 'text', text: 'part one' }, { type: 'image_url' }, { type: 'text', text: 'two' }] }];
    const body = (await (await chat({ messages })).json()) as Completion;
    expect(body.choices[0]?.message.content).toBe('Draftsmith test reply: part one two');
  });

  it('rejects invalid JSON and missing messages with 400', async () => {
    const bad = await fetch(`${server.baseUrl}/chat/completions`, { method: 'POST', body: '{nope' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.type).toBe('invalid_request_error');
    expect(lastRequest()).toMatchObject({ rawBody: '{nope', body: null });

    const none = await chat({ messages: undefined });
    expect(none.status).toBe(400);
    expect(((await none.json()) as ErrorBody).error).toMatchObject({ param: 'messages', code: 'missing_required_parameter' });

    const empty = await chat({ messages: [] });
    expect(empty.status).toBe(400);
  });

  it('uses a scripted reply and chunkSize', async () => {
    server.script({ kind: 'ok', reply: 'abcdefg', chunkSize: 3 });
    const chunks = chunksOf(dataFrames(await (await chat({ stream: true })).text()));
    expect(chunks.slice(1, -1).map((c) => c.choices[0]?.delta.content)).toEqual(['abc', 'def', 'g']);
    expect(lastRequest().fault).toBe('ok');
  });

  it('answers OPTIONS preflights with 204 and does not log them', async () => {
    const res = await fetch(`${server.baseUrl}/chat/completions`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('*');
    expect(server.requests).toHaveLength(0);
  });
});

describe('api key', () => {
  it('requires the key when configured', async () => {
    const keyed = await startLlmServer({ apiKey: 'sk-test-123', defaultChunkDelayMs: 0 });
    try {
      const missing = await fetch(`${keyed.baseUrl}/models`);
      expect(missing.status).toBe(401);
      const wrong = await chat({}, { headers: { authorization: 'Bearer sk-wrong' } }, keyed);
      expect(wrong.status).toBe(401);
      expect(((await wrong.json()) as ErrorBody).error.code).toBe('invalid_api_key');
      const bearer = await chat({}, { headers: { authorization: 'Bearer sk-test-123' } }, keyed);
      expect(bearer.status).toBe(200);
      const azure = await chat({}, { headers: { 'api-key': 'sk-test-123' } }, keyed);
      expect(azure.status).toBe(200);
      expect(keyed.requests).toHaveLength(4);
    } finally {
      await keyed.close();
    }
  });
});

describe('error faults', () => {
  it('rate-limit: 429 with OpenAI headers and retry-after', async () => {
    server.script({ kind: 'rate-limit', retryAfter: '2', retryAfterMs: 1500, headers: { 'x-extra': 'yes' } });
    const res = await chat({ stream: true });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('retry-after-ms')).toBe('1500');
    expect(res.headers.get('x-extra')).toBe('yes');
    expect(res.headers.get('x-ratelimit-limit-requests')).toBe('20');
    expect(res.headers.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(res.headers.get('x-ratelimit-reset-requests')).toBe('1.5s');
    expect(res.headers.get('x-ratelimit-reset-tokens')).toBe('12ms');
    expect(res.headers.get('x-ratelimit-limit-tokens')).not.toBeNull();
    expect(res.headers.get('x-ratelimit-remaining-tokens')).not.toBeNull();
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toMatchObject({ type: 'requests', param: null, code: 'rate_limit_exceeded' });
    expect(body.error.message).toMatch(/^Rate limit reached for requests/);
    expect(lastRequest().fault).toBe('rate-limit');

    server.script({ kind: 'rate-limit' });
    const plain = await chat({});
    expect(plain.headers.get('retry-after')).toBeNull();
    expect(plain.headers.get('x-ratelimit-reset-requests')).toBe('6m0s');
  });

  it('insufficient-quota: 429 with the quota body', async () => {
    server.script({ kind: 'insufficient-quota' });
    const res = await chat({});
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({
      error: {
        message: 'You exceeded your current quota, please check your plan and billing details.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    });
  });

  it('unauthorized: 401 invalid_api_key', async () => {
    server.script({ kind: 'unauthorized' });
    const res = await chat({});
    expect(res.status).toBe(401);
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_api_key' });
    expect(body.error.message).toMatch(/^Incorrect API key provided: sk-te\*\*\*\*/);
  });

  it('http-error: status with a default or custom body', async () => {
    server.script(
      { kind: 'http-error', status: 503 },
      { kind: 'http-error', status: 400, contextLength: true },
      { kind: 'http-error', status: 502, body: 'Bad Gateway' },
    );
    const unavailable = await chat({ stream: true });
    expect(unavailable.status).toBe(503);
    expect(((await unavailable.json()) as ErrorBody).error.type).toBe('server_error');

    const tooLong = await chat({});
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as ErrorBody).error.code).toBe('context_length_exceeded');

    const gateway = await chat({});
    expect(gateway.status).toBe(502);
    expect(await gateway.text()).toBe('Bad Gateway');
  });

  it('latency: waits before the response headers', async () => {
    server.script({ kind: 'latency', ms: 80 });
    const start = Date.now();
    const res = await chat({ stream: true });
    expect(Date.now() - start).toBeGreaterThanOrEqual(75);
    expect(contentOf(chunksOf(dataFrames(await res.text())))).toBe(EXPECTED_REPLY);
    expect(lastRequest().fault).toBe('latency');
  });
});

describe('stream faults', () => {
  it('error-frame: content then an error frame, no [DONE]', async () => {
    server.script({ kind: 'error-frame', afterChunks: 2, message: 'boom' });
    const res = await chat({ stream: true });
    expect(res.status).toBe(200);
    const frames = dataFrames(await res.text());
    expect(frames).not.toContain('[DONE]');
    expect(frames).toHaveLength(4); // role, 2 content, error
    expect(JSON.parse(frames[3] ?? '')).toEqual({ error: { message: 'boom', type: 'server_error', param: null, code: null } });
    expect(contentOf(chunksOf(frames.slice(0, 3)))).toBe('Draftsmith test ');
  });

  it('cut: drops the connection after some chunks', async () => {
    server.script({ kind: 'cut', afterChunks: 2, chunkDelayMs: 0 });
    const res = await chat({ stream: true });
    expect(res.status).toBe(200);
    let text = '';
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const failed = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return false;
        text += value;
      }
    })().catch(() => true);
    expect(failed || !text.includes('[DONE]')).toBe(true);
    expect(text).not.toContain('[DONE]');
    expect(contentOf(chunksOf(dataFrames(text)))).toBe('Draftsmith test ');
    await waitFor(() => lastRequest().fault === 'cut');
    expect(lastRequest().aborted).toBe(false);
  });

  it('stall: holds the stream open until the client aborts', async () => {
    server.script({ kind: 'stall', afterChunks: 1 });
    const controller = new AbortController();
    const res = await chat({ stream: true }, { signal: controller.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('Draftsmith ')) {
      const { value } = await reader.read();
      text += value ?? '';
    }
    const pending = reader.read();
    const outcome = await Promise.race([pending.then(() => 'data'), new Promise((r) => setTimeout(() => r('quiet'), 60))]);
    expect(outcome).toBe('quiet');
    controller.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(() => lastRequest().aborted);
    expect(lastRequest().fault).toBe('stall');
  });

  it('slow-first-token: role chunk at once, first content after ms', async () => {
    server.script({ kind: 'slow-first-token', ms: 200 });
    const start = Date.now();
    const res = await chat({ stream: true });
    const headersAfter = Date.now() - start;
    const frames = dataFrames(await res.text());
    expect(headersAfter).toBeLessThan(150);
    expect(Date.now() - start).toBeGreaterThanOrEqual(195);
    expect(contentOf(chunksOf(frames))).toBe(EXPECTED_REPLY);
  });

  it('keepalive: interleaves SSE comments that parsers ignore', async () => {
    server.script({ kind: 'keepalive', everyMs: 10, firstTokenMs: 35 });
    const raw = await (await chat({ stream: true })).text();
    expect(raw.match(/^: keep-alive$/gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
    const frames = dataFrames(raw);
    expect(frames.at(-1)).toBe('[DONE]');
    expect(contentOf(chunksOf(frames))).toBe(EXPECTED_REPLY);
  });

  it('non-stream requests get the nearest equivalent', async () => {
    server.script({ kind: 'error-frame', afterChunks: 0 }, { kind: 'cut', afterChunks: 0 });
    expect((await chat({})).status).toBe(500);
    const cut = await chat({});
    await expect(cut.json()).rejects.toThrow();
  });
});

describe('fault queue', () => {
  it('matches by model and by user text', async () => {
    server.script({ kind: 'http-error', status: 503, match: { model: 'fallback-model' } });
    server.script({ kind: 'insufficient-quota', match: { contains: 'greeting' } });
    expect((await chat({ model: 'test-model', messages: [{ role: 'user', content: 'hi' }] })).status).toBe(200);
    expect((await chat({ model: 'fallback-model' })).status).toBe(503);
    expect((await chat({ model: 'test-model' })).status).toBe(429);
    expect((await chat({ model: 'test-model' })).status).toBe(200);
    expect(server.requests.map((r) => r.fault)).toEqual([null, 'http-error', 'insufficient-quota', null]);
  });

  it('counts times, and -1 means forever', async () => {
    server.script({ kind: 'http-error', status: 500, times: 2 }, { kind: 'http-error', status: 502 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await chat({})).status);
    expect(statuses).toEqual([500, 500, 502, 200]);

    server.script({ kind: 'http-error', status: 503, times: -1 });
    for (let i = 0; i < 3; i++) expect((await chat({})).status).toBe(503);
    server.reset();
    expect((await chat({})).status).toBe(200);
  });

  it('applies an x-test-fault header without touching the queue', async () => {
    server.script({ kind: 'http-error', status: 502 });
    const fault: ScriptedFault = { kind: 'ok', reply: 'from header' };
    const res = await chat({}, { headers: { 'x-test-fault': JSON.stringify(fault) } });
    expect(((await res.json()) as Completion).choices[0]?.message.content).toBe('from header');
    expect((await chat({})).status).toBe(502);

    const bad = await chat({}, { headers: { 'x-test-fault': '{"kind":"nope"}' } });
    expect(bad.status).toBe(400);
  });

  it('rejects invalid faults from script()', () => {
    expect(() => server.script({ kind: 'cut' } as unknown as ScriptedFault)).toThrow(/afterChunks/);
  });
});

describe('response_format', () => {
  it('replies with JSON matching a json_schema', async () => {
    const schema = {
      type: 'object',
      properties: {
        title: { type: 'string' },
        tone: { type: 'string', enum: ['formal', 'casual'] },
        score: { type: 'integer', minimum: 3 },
        ratio: { type: 'number' },
        done: { type: 'boolean' },
        tags: { type: 'array', items: { type: 'string' } },
        author: { type: 'object', properties: { name: { type: 'string' }, age: { type: ['integer', 'null'] } }, required: ['name', 'age'] },
      },
      required: ['title', 'tone', 'score', 'ratio', 'done', 'tags', 'author'],
      additionalProperties: false,
    };
    const res = await chat({ response_format: { type: 'json_schema', json_schema: { name: 'draft', strict: true, schema } } });
    const content = ((await res.json()) as Completion).choices[0]?.message.content ?? '';
    expect(JSON.parse(content)).toEqual({
      title: 'test',
      tone: 'formal',
      score: 3,
      ratio: 1,
      done: true,
      tags: ['test'],
      author: { name: 'test', age: 1 },
    });

    const streamed = await chat({ stream: true, response_format: { type: 'json_object' } });
    const text = contentOf(chunksOf(dataFrames(await streamed.text())));
    expect(JSON.parse(text)).toEqual({ reply: EXPECTED_REPLY });
  });
});

describe('control endpoints', () => {
  it('scripts faults, lists and resets requests over HTTP', async () => {
    const scripted = await fetch(`${server.url}/__control/script`, {
      method: 'POST',
      body: JSON.stringify({ faults: [{ kind: 'http-error', status: 503 }] }),
    });
    expect(await scripted.json()).toEqual({ ok: true, queued: 1 });
    expect((await chat({})).status).toBe(503);

    const invalid = await fetch(`${server.url}/__control/script`, { method: 'POST', body: JSON.stringify({ faults: [{ kind: 'x' }] }) });
    expect(invalid.status).toBe(400);

    const log = (await (await fetch(`${server.url}/__control/requests`)).json()) as RecordedRequest[];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ id: 1, method: 'POST', path: '/v1/chat/completions', fault: 'http-error', aborted: false });
    expect(log[0]?.headers['content-type']).toBe('application/json');

    await fetch(`${server.url}/__control/reset`, { method: 'POST' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('shutdown', () => {
  it('close() resolves promptly with stalled and delayed requests open', async () => {
    const local = await startLlmServer({ defaultChunkDelayMs: 0 });
    local.script({ kind: 'stall', afterChunks: 1 }, { kind: 'latency', ms: 60_000 });
    const stalled = await chat({ stream: true }, {}, local);
    const reading = stalled.text().catch(() => 'rejected');
    const delayed = chat({}, {}, local).catch(() => 'rejected');
    await waitFor(() => local.requests.length === 2 && local.requests[1]?.fault === 'latency');
    const start = Date.now();
    await local.close();
    expect(Date.now() - start).toBeLessThan(500);
    expect(await reading).toBe('rejected');
    expect(await delayed).toBe('rejected');
  });
});
