import { describe, expect, it } from 'vitest';
import { createCoalescer, type Producer } from './coalesce';

// A producer whose emissions the test controls step by step.
function controllable() {
  let emitRef: ((event: string) => void) | null = null;
  let finish: (() => void) | null = null;
  let calls = 0;
  let signalRef: AbortSignal | null = null;
  const produce: Producer<string> = (emit, signal) => {
    calls++;
    emitRef = emit;
    signalRef = signal;
    return new Promise<void>((resolve) => {
      finish = resolve;
      signal.addEventListener('abort', () => resolve());
    });
  };
  return {
    produce,
    emit: (event: string) => emitRef?.(event),
    finish: () => finish?.(),
    calls: () => calls,
    upstreamAborted: () => signalRef?.aborted ?? false,
  };
}

describe('coalescing', () => {
  it('50 identical concurrent requests make 1 upstream call and all get the whole stream', async () => {
    const coalescer = createCoalescer<string>();
    const upstream = controllable();
    const received: string[][] = [];
    const joins = Array.from({ length: 50 }, (_, i) => {
      received[i] = [];
      return coalescer.join('k', upstream.produce, (event) => received[i]!.push(event), new AbortController().signal);
    });
    upstream.emit('a');
    upstream.emit('b');
    upstream.finish();
    const results = await Promise.all(joins);
    expect(upstream.calls()).toBe(1);
    expect(received.every((events) => events.join('') === 'ab')).toBe(true);
    expect(results.filter((r) => r.coalesced)).toHaveLength(49);
    expect(coalescer.inFlight()).toBe(0);
  });

  it('a late joiner receives what arrived before it joined', async () => {
    const coalescer = createCoalescer<string>();
    const upstream = controllable();
    const first: string[] = [];
    const late: string[] = [];
    const a = coalescer.join('k', upstream.produce, (e) => first.push(e), new AbortController().signal);
    upstream.emit('one ');
    const b = coalescer.join('k', upstream.produce, (e) => late.push(e), new AbortController().signal);
    upstream.emit('two');
    upstream.finish();
    await Promise.all([a, b]);
    expect(late).toEqual(['one ', 'two']);
    expect(first).toEqual(late);
  });

  it('different keys do not share a call', async () => {
    const coalescer = createCoalescer<string>();
    const x = controllable();
    const y = controllable();
    const a = coalescer.join('x', x.produce, () => undefined, new AbortController().signal);
    const b = coalescer.join('y', y.produce, () => undefined, new AbortController().signal);
    x.finish();
    y.finish();
    await Promise.all([a, b]);
    expect(x.calls() + y.calls()).toBe(2);
  });

  it('one caller aborting does not cancel the others; the last one leaving cancels upstream', async () => {
    const coalescer = createCoalescer<string>();
    const upstream = controllable();
    const first = new AbortController();
    const second = new AbortController();
    const a = coalescer.join('k', upstream.produce, () => undefined, first.signal);
    const b = coalescer.join('k', upstream.produce, () => undefined, second.signal);
    first.abort();
    await a;
    expect(upstream.upstreamAborted()).toBe(false);
    second.abort();
    await b;
    expect(upstream.upstreamAborted()).toBe(true);
  });

  it('a finished flight is not reused', async () => {
    const coalescer = createCoalescer<string>();
    const upstream = controllable();
    const a = coalescer.join('k', upstream.produce, () => undefined, new AbortController().signal);
    upstream.finish();
    await a;
    const again = controllable();
    const b = coalescer.join('k', again.produce, () => undefined, new AbortController().signal);
    again.finish();
    await b;
    expect(again.calls()).toBe(1);
  });
});
