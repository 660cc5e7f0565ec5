import { describe, expect, it } from 'vitest';
import { GenerationError } from '../errors/generation-error';
import { createAutocompleteUsage } from '../metrics/autocomplete-usage';
import { systemClock } from '../pipeline/clock';
import { memoryStore } from '../pipeline/kv-store';
import { createDispatcher } from '../pipeline/rate-limit/dispatcher';
import type { ChatCall, ChatStream, ProviderEvent } from '../providers/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { createSuggester } from './suggester';
import type { SuggestServerEvent } from './suggest-schemas';

const PAGE = 'https://mail.example/compose';
const REQUEST = { before: 'Thanks for ', after: '', pageTitle: 'Mail', language: 'en' };

interface Script {
  chunks?: string[];
  // Resolves when the test lets the stream go on after its first chunk.
  hold?: Promise<void>;
  error?: GenerationError;
}

function setup(overrides: Partial<Settings['autocomplete']> = {}, script: Script = {}) {
  const calls: ChatCall[] = [];
  const aborted: boolean[] = [];
  const stream: ChatStream = async function* (call): AsyncGenerator<ProviderEvent> {
    calls.push(call);
    const index = calls.length - 1;
    aborted[index] = false;
    call.signal?.addEventListener('abort', () => (aborted[index] = true));
    if (script.error) throw script.error;
    const [first, ...rest] = script.chunks ?? ['the quick ', 'reply. And'];
    yield { type: 'delta', text: first ?? '' };
    if (script.hold) await Promise.race([script.hold, new Promise((resolve) => call.signal?.addEventListener('abort', resolve))]);
    for (const text of rest) {
      if (call.signal?.aborted) return;
      yield { type: 'delta', text };
    }
    yield { type: 'usage', promptTokens: 50, completionTokens: 5 };
    yield { type: 'finish', reason: 'stop' };
  };
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    prices: { llama: { inputPerMillion: 1000, outputPerMillion: 1000 } },
    chain: [{ providerId: 'default', model: 'llama' }],
    autocomplete: { ...DEFAULT_SETTINGS.autocomplete, enabled: true, ...overrides },
  };
  const usage = createAutocompleteUsage(memoryStore(), () => Date.now());
  const dispatcher = createDispatcher({
    clock: systemClock,
    store: memoryStore(),
    policyFor: () => ({ requestsPerMinute: null, tokensPerMinute: null }),
    batching: () => settings.batching,
    callMerged: async () => [],
  });
  const suggester = createSuggester({
    clock: systemClock,
    fetch,
    settings: async () => settings,
    apiKey: async () => '',
    hasOriginPermission: async () => true,
    dispatcher,
    streamFor: () => stream,
    usage,
  });
  const ask = async (request = REQUEST, signal = new AbortController().signal) => {
    const events: SuggestServerEvent[] = [];
    await suggester.suggest(request, { pageUrl: PAGE, signal, emit: (event) => events.push(event) });
    return events;
  };
  return { ask, calls, aborted, usage, dispatcher, suggester };
}

describe('suggester', () => {
  it('asks for a small answer, stops at the end of the sentence and aborts the rest of the stream', async () => {
    const { ask, calls, aborted } = setup();
    const events = await ask();
    expect(events.at(-1)).toEqual({ type: 'done', text: 'the quick reply.', source: 'model' });
    expect(calls[0]).toMatchObject({ maxTokens: 32, stop: ['\n'] });
    expect(aborted[0]).toBe(true);
  });

  it('reuses a suggestion while the user types into it, with no new call', async () => {
    const { ask, calls, usage } = setup();
    await ask();
    const events = await ask({ ...REQUEST, before: 'Thanks for the q' });
    expect(events).toEqual([{ type: 'done', text: 'uick reply.', source: 'cache' }]);
    expect(calls).toHaveLength(1);
    expect(await usage.today()).toMatchObject({ requests: 1, reused: 1 });
  });

  it('coalesces a repeated context into one call', async () => {
    let release = () => undefined as void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const { ask, calls } = setup({}, { hold });
    const both = Promise.all([ask(), ask()]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const [first, second] = await both;
    expect(calls).toHaveLength(1);
    expect(first?.at(-1)).toEqual(second?.at(-1));
  });

  it('counts an aborted request and its wasted tokens, and never reports a suggestion for it', async () => {
    const hold = new Promise<void>(() => undefined);
    const { ask, aborted, usage } = setup({}, { hold });
    const controller = new AbortController();
    const pending = ask(REQUEST, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const events = await pending;
    expect(events.some((event) => event.type === 'done')).toBe(false);
    expect(aborted[0]).toBe(true);
    // The flight records its counts as it winds down, after the caller has left.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const today = await usage.today();
    expect(today).toMatchObject({ requests: 1, aborted: 1 });
    expect(today.wastedTokens).toBeGreaterThan(0);
  });

  it('stops at the daily cap and says so', async () => {
    const { ask, calls, usage } = setup({ dailyTokenCap: 100 });
    await usage.add({ promptTokens: 100 });
    expect(await ask()).toEqual([{ type: 'dropped', reason: 'capped' }]);
    expect(calls).toHaveLength(0);
  });

  it('stops at a cost cap once the spend reaches it', async () => {
    const { ask, calls } = setup({ dailyTokenCap: null, dailyCostCapUsd: 0.05 });
    await ask();
    // 55 tokens at $1000 per million: $0.055, over the cap.
    expect(await ask({ ...REQUEST, before: 'Other text ' })).toEqual([{ type: 'dropped', reason: 'capped' }]);
    expect(calls).toHaveLength(1);
  });

  it('a 429 pauses the target and the next suggestion is dropped, not queued', async () => {
    const { ask, calls, dispatcher } = setup({}, { error: new GenerationError({ code: 'rate-limit', message: 'slow down', status: 429, retryAfterMs: 5000 }) });
    expect(await ask()).toEqual([{ type: 'dropped', reason: 'failed' }]);
    expect(await ask({ ...REQUEST, before: 'Other ' })).toEqual([{ type: 'dropped', reason: 'rate-limited' }]);
    expect(calls).toHaveLength(1);
    expect(dispatcher.queueDepth('default/llama')).toBe(0);
  });

  it('says nothing on a site where autocomplete is off', async () => {
    const { ask, calls } = setup({ enabled: false });
    expect(await ask()).toEqual([{ type: 'dropped', reason: 'off' }]);
    expect(calls).toHaveLength(0);
  });
});
