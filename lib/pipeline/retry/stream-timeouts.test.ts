import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GenerationError } from '../../errors/generation-error';
import type { ProviderEvent } from '../../providers/types';
import { systemClock } from '../clock';
import { withStreamTimeouts } from './stream-timeouts';
import { attempts, collect, delta, finish, response, textOf, type Step } from '../../../tests/support/retry-kit';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const limits = { clock: systemClock, firstTokenTimeoutMs: 1000, idleTimeoutMs: 500 };

async function run(steps: Step[], extra: { signal?: AbortSignal; firstTokenDeadlineAt?: number } = {}) {
  const source = attempts(steps);
  const started = Date.now();
  const pending = collect(withStreamTimeouts(source, { ...limits, signal: new AbortController().signal, ...extra }));
  await vi.runAllTimersAsync();
  const result = await pending;
  return { ...result, source, elapsed: Date.now() - started };
}

// A clock whose first sleep ends `ms` late, as a starved worker's timer does.
function firstWakeLate(ms: number) {
  let skew = 0;
  let wakes = 0;
  return {
    now: () => Date.now() + skew,
    sleep: async (wait: number, signal?: AbortSignal) => {
      await systemClock.sleep(wait, signal);
      if (wakes++ === 0) skew += ms;
    },
  };
}

describe('withStreamTimeouts', () => {
  it('passes a healthy stream through untouched and leaves no timers', async () => {
    const { events, error } = await run([response(), delta('Hel', 900), delta('lo', 400), finish(400)]);
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('Hello');
    expect(events.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each<[string, Step[], RegExp, string]>([
    ['no first token', [response(), delta('late', 5000)], /first-token timeout/, ''],
    ['headers but the body never starts', [response(), { stall: true }], /first-token timeout/, ''],
    ['a stall after 2 chunks', [response(), delta('a ', 10), delta('b', 10), { stall: true }], /idle timeout/, 'a b'],
    ['a gap longer than idle', [delta('a', 10), delta('b', 900)], /idle timeout/, 'a'],
  ])('%s → timeout, upstream aborted at once', async (_, steps, message, text) => {
    const { events, error, source, elapsed } = await run(steps);
    expect(error).toBeInstanceOf(GenerationError);
    expect((error as GenerationError).code).toBe('timeout');
    expect((error as GenerationError).message).toMatch(message);
    expect(textOf(events)).toBe(text);
    expect(source.signals[0]?.aborted).toBe(true);
    expect(elapsed).toBeLessThan(5000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the idle timer re-arms on every event, so a long steady stream is fine', async () => {
    const steady = Array.from({ length: 20 }, (_, i) => delta(`${i} `, 400));
    const { events, error } = await run([...steady, finish(400)]);
    expect(error).toBeUndefined();
    expect(events.filter((e) => e.type === 'delta')).toHaveLength(20);
  });

  it('a watchdog that wakes late (a starved worker) looks once more, so a token queued behind it still counts', async () => {
    // The clock reports the first wake-up 300 ms late, as when the worker was busy; the delta was already due.
    const lateClock = firstWakeLate(300);
    const source = attempts([response(), delta('late but there', 1100), finish(10)]);
    const pending = collect(withStreamTimeouts(source, { ...limits, clock: lateClock, signal: new AbortController().signal }));
    await vi.runAllTimersAsync();
    const { events, error } = await pending;
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('late but there');
  });

  it('a late wake-up still times out when nothing arrives in the grace', async () => {
    const lateClock = firstWakeLate(300);
    const source = attempts([response(), delta('too late', 5000)]);
    const pending = collect(withStreamTimeouts(source, { ...limits, clock: lateClock, signal: new AbortController().signal }));
    await vi.runAllTimersAsync();
    const { error } = await pending;
    expect((error as GenerationError).message).toMatch(/first-token timeout/);
  });

  it('response headers do not count as the first token', async () => {
    const { error } = await run([response(), { event: { type: 'usage', promptTokens: 1, completionTokens: 0 }, after: 600 }, delta('x', 600)]);
    expect((error as GenerationError).message).toMatch(/first-token/);
  });

  it('reasoning before the answer counts as the first token and as activity', async () => {
    const thinking = Array.from({ length: 6 }, (_, i): Step => ({ event: { type: 'reasoning', text: `step ${i} ` }, after: i === 0 ? 900 : 400 }));
    const { events, error } = await run([response(), ...thinking, delta('answer', 400), finish(10)]);
    expect(error).toBeUndefined();
    expect(textOf(events.filter((e) => e.type === 'delta'))).toBe('answer');
  });

  it('stops at the overall deadline when it comes before the first-token limit', async () => {
    const { error, elapsed } = await run([delta('late', 900)], { firstTokenDeadlineAt: Date.now() + 300 });
    expect((error as GenerationError).code).toBe('timeout');
    expect((error as GenerationError).message).toMatch(/deadline/);
    expect(elapsed).toBe(300);
  });

  it("the caller's abort propagates at once as 'aborted'", async () => {
    const controller = new AbortController();
    const source = attempts([delta('a'), { stall: true }]);
    const iterator = withStreamTimeouts(source, { ...limits, signal: controller.signal })[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ type: 'delta', text: 'a' });
    const next = iterator.next();
    controller.abort();
    await expect(next).rejects.toMatchObject({ code: 'aborted' });
    expect(source.signals[0]?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an already-aborted signal never starts the source', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = attempts([delta('a')]);
    const { error } = await collect(withStreamTimeouts(source, { ...limits, signal: controller.signal }));
    expect((error as GenerationError).code).toBe('aborted');
    expect(source.signals).toHaveLength(0);
  });

  it('time the consumer holds an event is not counted as upstream silence', async () => {
    const source = attempts([delta('a'), delta('b', 10), finish(10)]);
    const seen: ProviderEvent[] = [];
    const consume = (async () => {
      for await (const event of withStreamTimeouts(source, { ...limits, signal: new AbortController().signal })) {
        seen.push(event);
        if (event.type === 'delta' && event.text === 'a') await systemClock.sleep(3000);
      }
    })();
    await vi.runAllTimersAsync();
    await consume;
    expect(textOf(seen)).toBe('ab');
  });

  it('a consumer leaving early aborts the upstream and clears timers', async () => {
    const source = attempts([delta('a'), delta('b', 10), finish(10)]);
    for await (const event of withStreamTimeouts(source, { ...limits, signal: new AbortController().signal })) {
      if (event.type === 'delta') break;
    }
    expect(source.signals[0]?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('source errors come out as GenerationError', async () => {
    const { error } = await run([delta('a'), { error: new TypeError('fetch failed') }]);
    expect(error).toBeInstanceOf(GenerationError);
    expect((error as GenerationError).code).toBe('network');
  });
});
