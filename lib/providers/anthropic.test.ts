import { describe, expect, it } from 'vitest';
import { streamAnthropic } from './anthropic';
import { callFor, collect, encode, fetchReturning, providerOf, reasoningOf, splitAt, textOf } from '../../tests/support/provider-streams';
import type { ChatCall } from './types';

const event = (type: string, payload: Record<string, unknown> = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...payload })}\n\n`;
const start = (inputTokens = 12) => event('message_start', { message: { id: 'msg_1', role: 'assistant', content: [], usage: { input_tokens: inputTokens, output_tokens: 1 } } });
const blockStart = (block: Record<string, unknown> = { type: 'text', text: '' }) => event('content_block_start', { index: 0, content_block: block });
const textDelta = (text: string) => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } });
const jsonDelta = (partial_json: string) => event('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json } });
const stop = (reason: string, outputTokens = 5) =>
  event('content_block_stop', { index: 0 }) + event('message_delta', { delta: { stop_reason: reason, stop_sequence: null }, usage: { output_tokens: outputTokens } });
const end = event('message_stop');

const textCall = callFor(providerOf('anthropic'));

function run(body: string | Uint8Array[], call: ChatCall = textCall, init?: ResponseInit) {
  const chunks = typeof body === 'string' ? [encode(body)] : body;
  return collect(streamAnthropic, call, { fetch: fetchReturning(chunks, init), now: () => 0 });
}

describe('Anthropic stream parsing', () => {
  const normal = start() + blockStart() + event('ping') + textDelta('Hello, ') + textDelta('wörld 👋') + stop('end_turn', 7) + end;

  it('reads text, then one finish and one usage at the end', async () => {
    const { events, error } = await run(normal);
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('Hello, wörld 👋');
    expect(events.slice(-2)).toEqual([
      { type: 'finish', reason: 'stop' },
      { type: 'usage', promptTokens: 12, completionTokens: 7 },
    ]);
    expect(events.filter((e) => e.type === 'usage')).toHaveLength(1);
  });

  it('joins events split at awkward byte positions', async () => {
    const bytes = encode(normal);
    const emoji = bytes.indexOf(0xf0);
    for (const offsets of [[1], [13, 14, 15], [emoji + 1, emoji + 2], [bytes.length - 2], Array.from({ length: 40 }, (_, i) => i * 17 + 3)]) {
      const { events, error } = await run(splitAt(bytes, offsets));
      expect(error).toBeUndefined();
      expect(textOf(events)).toBe('Hello, wörld 👋');
    }
  });

  it('handles CRLF line endings', async () => {
    const { events, error } = await run(normal.replace(/\n/g, '\r\n'));
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('Hello, wörld 👋');
  });

  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['max_tokens', 'length'],
    ['tool_use', 'stop'],
    ['pause_turn', 'other'],
    ['refusal', 'other'],
  ])('maps stop_reason %s to %s', async (reason, finish) => {
    const { events, error } = await run(start() + blockStart() + textDelta('x') + stop(reason) + end);
    expect(error).toBeUndefined();
    expect(events).toContainEqual({ type: 'finish', reason: finish });
  });

  it('reports a refusal with no text as filtered', async () => {
    const { error } = await run(start() + stop('refusal') + end);
    expect(error?.code).toBe('filtered');
  });

  it('counts cached prompt tokens into the prompt', async () => {
    const cached = event('message_start', { message: { usage: { input_tokens: 3, cache_read_input_tokens: 100, cache_creation_input_tokens: 20, output_tokens: 1 } } });
    const { events } = await run(cached + blockStart() + textDelta('x') + stop('end_turn', 2) + end);
    expect(events).toContainEqual({ type: 'usage', promptTokens: 123, completionTokens: 2 });
  });

  it('streams thinking as reasoning, apart from the answer', async () => {
    const thinking = event('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: 'Consider…' } });
    const { events } = await run(start() + thinking + textDelta('Done') + stop('end_turn') + end);
    expect(reasoningOf(events)).toBe('Consider…');
    expect(textOf(events)).toBe('Done');
  });

  it('streams the forced tool input as the answer for structured output', async () => {
    const call = callFor(providerOf('anthropic'), { responseFormat: { type: 'json_object' } });
    const body = start() + blockStart({ type: 'tool_use', id: 't', name: 'json_output', input: {} }) + jsonDelta('{"ti') + jsonDelta('tle": "A"}') + stop('tool_use') + end;
    const { events, error } = await run(body, call);
    expect(error).toBeUndefined();
    expect(JSON.parse(textOf(events))).toEqual({ title: 'A' });
    expect(events).toContainEqual({ type: 'finish', reason: 'stop' });
  });

  it('keeps stray text out of a structured answer', async () => {
    const call = callFor(providerOf('anthropic'), { responseFormat: { type: 'json_object' } });
    const { events } = await run(start() + textDelta('Sure! ') + jsonDelta('{}') + stop('tool_use') + end, call);
    expect(textOf(events)).toBe('{}');
  });

  it('reports a stream cut before message_delta as cut', async () => {
    const { events, error } = await run(start() + blockStart() + textDelta('half'));
    expect(textOf(events)).toBe('half');
    expect(error?.code).toBe('cut');
  });

  it('accepts a stream that closes after message_delta without message_stop', async () => {
    const { events, error } = await run(start() + blockStart() + textDelta('x') + stop('end_turn'));
    expect(error).toBeUndefined();
    expect(events).toContainEqual({ type: 'finish', reason: 'stop' });
  });

  it.each([
    ['overloaded_error', 'server'],
    ['api_error', 'server'],
    ['rate_limit_error', 'rate-limit'],
    ['authentication_error', 'auth'],
    ['invalid_request_error', 'bad-request'],
    ['billing_error', 'quota'],
    ['brand_new_error', 'server'],
  ])('turns an in-stream %s error event into %s after the text that arrived', async (type, code) => {
    const body = start() + blockStart() + textDelta('partial ') + event('error', { error: { type, message: 'boom' } });
    const { events, error } = await run(body);
    expect(textOf(events)).toBe('partial ');
    expect(error?.code).toBe(code);
    expect(error?.message).toBe('boom');
  });
});

describe('Anthropic HTTP errors', () => {
  const body = (type: string, message: string) => JSON.stringify({ type: 'error', error: { type, message } });

  it.each([
    [401, body('authentication_error', 'invalid x-api-key'), 'auth'],
    [403, body('permission_error', 'no access'), 'auth'],
    [400, body('invalid_request_error', 'Your credit balance is too low to access the Anthropic API.'), 'quota'],
    [400, body('invalid_request_error', 'prompt is too long: 210000 tokens > 200000 maximum'), 'context-length'],
    [400, body('invalid_request_error', 'max_tokens: Field required'), 'bad-request'],
    [402, body('billing_error', 'pay up'), 'quota'],
    [404, body('not_found_error', 'model: claude-nope'), 'not-found'],
    [413, body('request_too_large', 'too big'), 'context-length'],
    [429, body('rate_limit_error', 'slow down'), 'rate-limit'],
    [500, body('api_error', 'Internal server error'), 'server'],
    [529, body('overloaded_error', 'Overloaded'), 'server'],
    [502, '<html>Bad Gateway</html>', 'server'],
    [418, body('teapot_error', 'new type'), 'bad-request'],
  ])('classifies HTTP %i %s as %s', async (status, text, code) => {
    const { error } = await run([encode(text)], textCall, { status, headers: { 'retry-after': '3' } });
    expect(error?.code).toBe(code);
    expect(error?.status).toBe(status);
    if (code === 'rate-limit' || status === 529) expect(error?.retryAfterMs).toBe(3000);
  });
});
