import { describe, expect, it } from 'vitest';
import { toGenerationError } from '../errors/generation-error';
import { createChromeBuiltInStream, isChromeBuiltInAvailable, toPrompts } from './chrome-built-in';
import type { ChromeAvailability, LanguageModelCreateOptions, LanguageModelLike, LanguageModelParamsLike } from './chrome-language-model';
import { callFor, collect, providerOf, textOf } from '../../tests/support/provider-streams';
import type { ChatCall } from './types';

interface FakeOptions {
  availability?: ChromeAvailability;
  chunks?: string[];
  // Hold the stream open after the chunks until the signal aborts.
  hang?: boolean;
  params?: LanguageModelParamsLike | null;
  createError?: Error;
  progress?: number[];
}

function fakeLanguageModel(options: FakeOptions = {}) {
  const log = { created: [] as LanguageModelCreateOptions[], prompts: [] as { input: string; responseConstraint?: unknown }[], destroyed: 0 };
  const model: LanguageModelLike = {
    availability: async () => options.availability ?? 'available',
    async create(createOptions = {}) {
      log.created.push(createOptions);
      const listeners: ((event: { loaded: number }) => void)[] = [];
      createOptions.monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
      for (const loaded of options.progress ?? []) for (const listener of listeners) listener({ loaded });
      if (options.createError) throw options.createError;
      return {
        promptStreaming(input, promptOptions) {
          log.prompts.push({ input, responseConstraint: promptOptions?.responseConstraint });
          return new ReadableStream<string>({
            start(controller) {
              for (const chunk of options.chunks ?? []) controller.enqueue(chunk);
              if (!options.hang) return controller.close();
              promptOptions?.signal?.addEventListener('abort', () => controller.error(new DOMException('The operation was aborted.', 'AbortError')));
            },
          });
        },
        destroy: () => {
          log.destroyed += 1;
        },
      };
    },
    ...(options.params !== undefined ? { params: async () => options.params ?? null } : {}),
  };
  return { model, log };
}

const runtime = { fetch: globalThis.fetch, now: () => 0 };
const baseCall = callFor(providerOf('chrome-built-in'), { model: 'gemini-nano', temperature: 1.5 });
const run = (model: LanguageModelLike | undefined, call: ChatCall = baseCall) => collect(createChromeBuiltInStream(() => model), call, runtime);

describe('Chrome built-in availability', () => {
  it.each<[ChromeAvailability]>([['available'], ['downloadable'], ['downloading'], ['unavailable']])('reports %s', async (state) => {
    expect(await isChromeBuiltInAvailable(() => fakeLanguageModel({ availability: state }).model)).toBe(state);
  });

  it('reports unavailable without the global, or when availability() throws', async () => {
    expect(await isChromeBuiltInAvailable(() => undefined)).toBe('unavailable');
    const throwing: LanguageModelLike = { availability: () => Promise.reject(new Error('nope')), create: () => Promise.reject(new Error('nope')) };
    expect(await isChromeBuiltInAvailable(() => throwing)).toBe('unavailable');
  });

  it.each([
    ['missing global', undefined],
    ['unavailable model', fakeLanguageModel({ availability: 'unavailable' }).model],
  ])('fails with a config error for a %s', async (_name, model) => {
    const { error } = await run(model);
    expect(error?.code).toBe('config');
    expect(error?.message).toBe("Chrome's on-device model is not available in this browser.");
  });

  it.each<[ChromeAvailability]>([['downloadable'], ['downloading']])('creates a session with a download monitor when %s', async (state) => {
    const fake = fakeLanguageModel({ availability: state, chunks: ['ok'], progress: [0.25, 1] });
    const seen: number[] = [];
    const { events, error } = await collect(createChromeBuiltInStream(() => fake.model, { onDownloadProgress: (f) => seen.push(f) }), baseCall, runtime);
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('ok');
    expect(typeof fake.log.created[0]?.monitor).toBe('function');
    expect(seen).toEqual([0.25, 1]);
  });
});

describe('Chrome built-in streaming', () => {
  it.each([
    ['delta chunks', ['Hel', 'lo', ' world']],
    ['cumulative chunks (older Chrome)', ['Hel', 'Hello', 'Hello world', 'Hello world']],
    ['a delta that repeats earlier text', ['ab', 'c', 'ab']],
  ])('emits only new text for %s', async (_name, chunks) => {
    const expected = chunks.includes('Hello') ? 'Hello world' : chunks.join('');
    const fake = fakeLanguageModel({ chunks });
    const { events, error } = await run(fake.model);
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe(expected);
    expect(events.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
    expect(events.some((e) => e.type === 'usage')).toBe(false);
    expect(fake.log.destroyed).toBe(1);
  });

  it('seeds the session with system and earlier turns, and prompts with the last user turn', () => {
    const call = callFor(providerOf('chrome-built-in'), {
      messages: [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'u1' },
        { role: 'assistant', content: 'a1' },
        { role: 'user', content: 'u2' },
      ],
    });
    expect(toPrompts(call)).toEqual({
      initialPrompts: [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'u1' },
        { role: 'assistant', content: 'a1' },
      ],
      input: 'u2',
    });
  });

  it('passes temperature with topK from params(), clamped, or neither without params()', async () => {
    const withParams = fakeLanguageModel({ chunks: ['x'], params: { defaultTopK: 3, maxTopK: 8, defaultTemperature: 1, maxTemperature: 1.2 } });
    await run(withParams.model);
    expect(withParams.log.created[0]).toMatchObject({ temperature: 1.2, topK: 3 });
    const without = fakeLanguageModel({ chunks: ['x'] });
    await run(without.model);
    expect(without.log.created[0]).not.toHaveProperty('temperature');
    expect(without.log.created[0]).not.toHaveProperty('topK');
  });

  it('constrains the answer to the JSON schema', async () => {
    const fake = fakeLanguageModel({ chunks: ['{}'] });
    const schema = { type: 'object', properties: {} };
    await run(fake.model, { ...baseCall, responseFormat: { type: 'json_schema', name: 'n', schema } });
    expect(fake.log.prompts[0]?.responseConstraint).toEqual(schema);
  });

  it('stops on abort with an AbortError and destroys the session', async () => {
    const fake = fakeLanguageModel({ chunks: ['partial'], hang: true });
    const controller = new AbortController();
    const stream = createChromeBuiltInStream(() => fake.model)({ ...baseCall, signal: controller.signal }, runtime);
    const first = await stream.next();
    expect(first.value).toEqual({ type: 'delta', text: 'partial' });
    controller.abort();
    const failure = await stream.next().catch((error: unknown) => error);
    expect(toGenerationError(failure).code).toBe('aborted');
    expect(fake.log.destroyed).toBe(1);
  });

  it.each([
    ['QuotaExceededError', 'context-length'],
    ['NotAllowedError', 'config'],
    ['NotSupportedError', 'bad-request'],
    ['OperationError', 'server'],
  ])('maps a %s from create() to %s', async (name, code) => {
    const { error } = await run(fakeLanguageModel({ createError: new DOMException('m', name) }).model);
    expect(error?.code).toBe(code);
  });
});
