import { describe, expect, it } from 'vitest';
import { GenerationError } from '../errors/generation-error';
import { buildOpenAiRequest, streamOpenAiCompatible } from './openai-compatible';
import { callFor, collect as run, fetchReturning as recordingFetch, providerOf, reasoningOf, type RecordedFetch } from '../../tests/support/provider-streams';
import type { ProviderEvent } from './types';

// A fetch that answers with the given body split into exactly these byte chunks.
function fetchReturning(chunks: Uint8Array[], init: ResponseInit = { status: 200 }): typeof fetch {
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      }),
      init,
    );
}

const encode = (text: string) => new TextEncoder().encode(text);
const frame = (content: string | null, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }] })}\n\n`;

async function collect(chunks: Uint8Array[], init?: ResponseInit): Promise<{ events: ProviderEvent[]; error?: GenerationError }> {
  const events: ProviderEvent[] = [];
  const provider = { id: 'p', kind: 'openai-compatible' as const, name: 'P', baseUrl: 'http://x/v1', headers: {}, contextTokens: 8192 };
  const call = { provider, apiKey: 'k', model: 'm', messages: [], maxTokens: 10, temperature: 0 };
  try {
    for await (const event of streamOpenAiCompatible(call, { fetch: fetchReturning(chunks, init), now: () => 0 })) {
      if (event.type !== 'response') events.push(event);
    }
    return { events };
  } catch (error) {
    return { events, error: error as GenerationError };
  }
}

const text = (events: ProviderEvent[]) => events.map((e) => (e.type === 'delta' ? e.text : '')).join('');

describe('OpenAI-compatible stream parsing', () => {
  it('reads a normal stream with a usage chunk', async () => {
    const body = frame('Hel') + frame('lo') + frame(null, 'stop') + `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 3, completion_tokens: 2 } })}\n\ndata: [DONE]\n\n`;
    const { events, error } = await collect([encode(body)]);
    expect(error).toBeUndefined();
    expect(text(events)).toBe('Hello');
    expect(events).toContainEqual({ type: 'finish', reason: 'stop' });
    expect(events).toContainEqual({ type: 'usage', promptTokens: 3, completionTokens: 2 });
  });

  it('joins a frame split across network chunks at any byte', async () => {
    const body = encode(frame('split me') + frame(null, 'stop') + 'data: [DONE]\n\n');
    for (const at of [1, 7, 20, body.length - 3]) {
      const { events } = await collect([body.slice(0, at), body.slice(at)]);
      expect(text(events)).toBe('split me');
    }
  });

  it('handles CRLF line endings', async () => {
    const body = (frame('crlf') + frame(null, 'stop') + 'data: [DONE]\n\n').replace(/\n/g, '\r\n');
    const { events, error } = await collect([encode(body)]);
    expect(error).toBeUndefined();
    expect(text(events)).toBe('crlf');
  });

  it('keeps multi-byte characters split across chunks whole', async () => {
    const body = encode(frame('你好,世界 👋') + frame(null, 'stop') + 'data: [DONE]\n\n');
    const emoji = body.indexOf(0xf0);
    const chunks = [body.slice(0, emoji + 1), body.slice(emoji + 1, emoji + 3), body.slice(emoji + 3)];
    const { events } = await collect(chunks);
    expect(text(events)).toBe('你好,世界 👋');
  });

  it('ignores keep-alive comment lines', async () => {
    const body = ': keep-alive\n\n' + frame('a') + ': ping\n\n' + frame('b') + frame(null, 'stop') + 'data: [DONE]\n\n';
    const { events, error } = await collect([encode(body)]);
    expect(error).toBeUndefined();
    expect(text(events)).toBe('ab');
  });

  it('turns an error frame into a server error after the text that arrived', async () => {
    const body = frame('partial ') + `data: ${JSON.stringify({ error: { message: 'overloaded', type: 'server_error' } })}\n\n`;
    const { events, error } = await collect([encode(body)]);
    expect(text(events)).toBe('partial ');
    expect(error).toBeInstanceOf(GenerationError);
    expect(error?.code).toBe('server');
    expect(error?.message).toBe('overloaded');
  });

  it('reports a stream cut before the finish as cut, never as a clean finish', async () => {
    const { events, error } = await collect([encode(frame('half an'))]);
    expect(text(events)).toBe('half an');
    expect(error?.code).toBe('cut');
  });

  it('accepts a finish without [DONE]', async () => {
    const { error } = await collect([encode(frame('x') + frame(null, 'length'))]);
    expect(error).toBeUndefined();
  });

  it.each([
    [401, { error: { message: 'Incorrect API key', code: 'invalid_api_key' } }, 'auth'],
    [429, { error: { message: 'quota', type: 'insufficient_quota', code: 'insufficient_quota' } }, 'quota'],
    [429, { error: { message: 'slow down', code: 'rate_limit_exceeded' } }, 'rate-limit'],
    [400, { error: { message: 'too long', code: 'context_length_exceeded' } }, 'context-length'],
    [404, { error: { message: 'no such model' } }, 'not-found'],
    [503, { error: { message: 'overloaded' } }, 'server'],
    [400, { error: { message: 'bad' } }, 'bad-request'],
  ])('classifies HTTP %i as %s', async (status, body, code) => {
    const { error } = await collect([encode(JSON.stringify(body))], { status, headers: { 'retry-after': '2' } });
    expect(error?.code).toBe(code);
    expect(error?.status).toBe(status);
    if (code === 'rate-limit') expect(error?.retryAfterMs).toBe(2000);
  });
});

describe('OpenAI-compatible reasoning (DeepSeek, OpenRouter, vLLM)', () => {
  const deltaFrame = (delta: Record<string, string>, finish: string | null = null) =>
    `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

  it.each(['reasoning_content', 'reasoning'])('streams delta.%s as reasoning, never as answer text', async (field) => {
    const body = deltaFrame({ [field]: 'Let me ' }) + deltaFrame({ [field]: 'think.' }) + deltaFrame({ content: 'Answer' }) + deltaFrame({}, 'stop') + 'data: [DONE]\n\n';
    const { events, error } = await collect([encode(body)]);
    expect(error).toBeUndefined();
    expect(text(events)).toBe('Answer');
    expect(reasoningOf(events)).toBe('Let me think.');
    // Reasoning comes first, so a consumer sees activity before the first delta.
    expect(events[0]).toEqual({ type: 'reasoning', text: 'Let me ' });
  });

  it('reports a stream cut during reasoning as cut, with the reasoning that arrived', async () => {
    const { events, error } = await collect([encode(deltaFrame({ reasoning_content: 'hmm' }))]);
    expect(reasoningOf(events)).toBe('hmm');
    expect(text(events)).toBe('');
    expect(error?.code).toBe('cut');
  });

  it('ignores null reasoning fields next to content', async () => {
    const frameWithNull = `data: ${JSON.stringify({ choices: [{ delta: { content: 'x', reasoning_content: null }, finish_reason: 'stop' }] })}\n\n`;
    const { events } = await collect([encode(frameWithNull)]);
    expect(events.filter((e) => e.type === 'reasoning')).toEqual([]);
  });
});

describe('OpenAI-compatible request', () => {
  it.each([
    ['http://x/v1', 'http://x/v1/chat/completions'],
    ['http://x/v1/', 'http://x/v1/chat/completions'],
    ['https://openrouter.ai/api/v1//', 'https://openrouter.ai/api/v1/chat/completions'],
  ])('posts %s to %s', (baseUrl, url) => {
    expect(buildOpenAiRequest(callFor(providerOf('openai-compatible', { baseUrl }))).url).toBe(url);
  });

  it('sends a Bearer key, lets provider headers override, and omits authorization without a key', async () => {
    const seen: RecordedFetch[] = [];
    const provider = providerOf('openai-compatible', { headers: { 'HTTP-Referer': 'https://draftsmith.app' } });
    const runtime = { fetch: recordingFetch([encode(frame('x', 'stop'))], undefined, seen), now: () => 0 };
    await run(streamOpenAiCompatible, callFor(provider), runtime);
    await run(streamOpenAiCompatible, callFor(provider, { apiKey: '' }), runtime);
    expect(seen[0]?.headers).toMatchObject({ authorization: 'Bearer k', 'http-referer': 'https://draftsmith.app' });
    expect(seen[1]?.headers.authorization).toBeUndefined();
    expect(seen[0]?.body).toMatchObject({ model: 'm', stream: true, stream_options: { include_usage: true }, max_tokens: 10 });
  });
});
