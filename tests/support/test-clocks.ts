// Owns clocks for tests that drive the pipeline against a real loopback server: time moves only when the test
// says so, so nothing waits on a real timer and the order of expiring waits is fixed.
import { abortError, systemClock, type Clock } from '../../lib/pipeline/clock';

interface Sleeper {
  at: number;
  seq: number;
  resolve(): void;
}

export interface SteppedClock extends Clock {
  // Moves time forward and wakes every sleep that is due, earliest first (ties in the order they began).
  advance(ms: number): void;
  // Sleeps still waiting, for a test that wants to know a stage is parked on the clock.
  pending(): number;
}

// No sleep ends until advance() reaches it.
export function steppedClock(start = 1_700_000_000_000): SteppedClock {
  let now = start;
  let seq = 0;
  const sleepers = new Set<Sleeper>();
  return {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        const sleeper: Sleeper = {
          at: now + Math.max(0, ms),
          seq: seq++,
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          sleepers.delete(sleeper);
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.add(sleeper);
      }),
    advance: (ms) => {
      now += ms;
      const due = [...sleepers].filter((s) => s.at <= now).sort((a, b) => a.at - b.at || a.seq - b.seq);
      for (const sleeper of due) {
        sleepers.delete(sleeper);
        sleeper.resolve();
      }
    },
    pending: () => sleepers.size,
  };
}

// Real sleeps (retries and timeouts work as usual), but now() can jump ahead, e.g. past a cache entry's TTL.
export function skippableClock(): Clock & { skip(ms: number): void } {
  let offset = 0;
  return {
    now: () => systemClock.now() + offset,
    sleep: systemClock.sleep,
    skip: (ms) => {
      offset += ms;
    },
  };
}
