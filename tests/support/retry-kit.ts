// Test-only helpers for the retry and route suites: seeded randomness, scripted event sources, collection.
import type { ProviderEvent } from '../../lib/providers/types';
import { abortError, systemClock, type Random } from '../../lib/pipeline/clock';
import type { EventSource } from '../../lib/pipeline/retry/stream-timeouts';

// mulberry32: small, fast and reproducible, so a failing seed can be replayed.
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One step of a scripted stream: wait `after` ms (on the fake clock), then emit, throw or hang.
export type Step = { after?: number } & ({ event: ProviderEvent } | { error: unknown } | { stall: true });

export const delta = (text: string, after?: number): Step => ({ event: { type: 'delta', text }, after });
export const finish = (after?: number): Step => ({ event: { type: 'finish', reason: 'stop' }, after });
export const response = (): Step => ({ event: { type: 'response', headers: new Headers() } });

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(abortError());
    signal.addEventListener('abort', () => reject(abortError()), { once: true });
  });
}

export function scripted(steps: readonly Step[]): EventSource {
  return async function* (signal) {
    for (const step of steps) {
      if (step.after) await systemClock.sleep(step.after, signal);
      if ('stall' in step) await untilAborted(signal);
      if ('error' in step) throw step.error;
      if ('event' in step) yield step.event;
    }
  };
}

// One script per attempt; records each attempt's signal so tests can see the upstream was aborted.
export function attempts(...scripts: ReadonlyArray<readonly Step[]>): EventSource & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const source = (signal: AbortSignal) => {
    const script = scripts[signals.length] ?? scripts[scripts.length - 1] ?? [];
    signals.push(signal);
    return scripted(script)(signal);
  };
  return Object.assign(source, { signals });
}

export interface Collected<E> {
  events: E[];
  error?: unknown;
}

export async function collect<E>(iterable: AsyncIterable<E>): Promise<Collected<E>> {
  const events: E[] = [];
  try {
    for await (const event of iterable) events.push(event);
    return { events };
  } catch (error) {
    return { events, error };
  }
}

export function textOf(events: ReadonlyArray<{ type: string }>): string {
  return events.map((event) => ('text' in event && typeof event.text === 'string' ? event.text : '')).join('');
}
