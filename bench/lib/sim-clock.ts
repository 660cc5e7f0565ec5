// Owns simulated time: a Clock whose sleeps fire only when the driver moves time to them, once everything
// in flight has settled. Minutes of rate limiting run in seconds, and the result does not depend on machine load.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { abortError, type Clock } from '../../lib/pipeline/clock';

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export interface SimClock extends Clock {
  // Marks that something happened, so the driver waits for its consequences before moving time.
  touch(): void;
  // Moves time from timer to timer until `done()` holds; throws if nothing is left to wait for.
  runUntil(done: () => boolean): Promise<void>;
}

// Real-time pauses with no activity before time may move: crypto.subtle and stream reads settle off the
// microtask queue, so a few macrotask turns are needed to be sure everything waiting has run.
const QUIET_TURNS = 3;
// Real milliseconds with no timer and no end before the simulation is called stalled.
const STALL_AFTER_MS = 2000;

async function settle(activity: () => number): Promise<void> {
  let quiet = 0;
  let seen = activity();
  while (quiet < QUIET_TURNS) {
    await nextTurn();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const now = activity();
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
}

export function createSimClock(start: number): SimClock {
  let now = start;
  let seq = 0;
  let activity = 0;
  const timers = new Set<Timer>();

  return {
    now: () => now,
    sleep(ms, signal) {
      activity++;
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortError());
          return;
        }
        const timer: Timer = {
          at: now + Math.max(0, ms),
          seq: seq++,
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          timers.delete(timer);
          activity++;
          reject(abortError());
        };
        timers.add(timer);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    touch: () => {
      activity++;
    },
    async runUntil(done) {
      // Real time since the driver last found neither a timer nor the end: on a loaded machine real async work
      // (streams, stores) can outlast the quiet turns, so a stall is called only after a real pause with nothing.
      let idleSince: number | null = null;
      for (;;) {
        await settle(() => activity);
        if (done()) return;
        let next: Timer | null = null;
        for (const timer of timers) if (!next || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq)) next = timer;
        if (!next) {
          idleSince ??= Date.now();
          if (Date.now() - idleSince > STALL_AFTER_MS) throw new Error('Simulation stalled: nothing left to wait for');
          await new Promise((resolve) => setTimeout(resolve, 10));
          continue;
        }
        idleSince = null;
        timers.delete(next);
        now = Math.max(now, next.at);
        activity++;
        next.resolve();
      }
    },
  };
}
