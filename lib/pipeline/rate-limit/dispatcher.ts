// Owns client-side rate limiting per target: a two-lane queue released as token buckets, pauses and
// server headers allow, merging waiting compatible requests into one upstream call when batching is on.
import { abortError } from '../clock';
import { runMergedCall } from '../batching/run-merged';
import { selectBatch } from '../batching/select-batch';
import type { CallOutcome, DispatchRequest, Dispatcher, DispatcherOptions, Grant } from './dispatch-types';
import { emptyLimiterState, parseLimiterState, type LimiterState } from './limiter-state';
import { readRateLimitHeaders } from './rate-limit-headers';
import { SpeculativeDroppedError, speculativeDrop } from './speculative-lane';
import { applyHints, available, charge, holdForPause, mergeStates, refundTokens, waitFor } from './target-limits';
import { WaitQueue, type Waiter } from './wait-queue';
import { diagnose, reportDiagnostic } from '../../diagnostics/diagnostics-log';

// Writes to the store are coalesced: at most one pending write per target, this long after the first change.
export const PERSIST_DELAY_MS = 250;

interface Target {
  id: string;
  state: LimiterState;
  queue: WaitQueue;
  // The single wake-up for this target: when its head can next proceed.
  timer: { at: number; controller: AbortController } | null;
  writePending: boolean;
}

function tokensOf(request: DispatchRequest): number {
  return Number.isFinite(request.estimatedTokens) && request.estimatedTokens > 0 ? request.estimatedTokens : 0;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { clock, store, policyFor, batching, callMerged } = options;
  const targets = new Map<string, Target>();

  const targetFor = (id: string): Target => {
    let target = targets.get(id);
    if (!target) {
      target = { id, state: emptyLimiterState(), queue: new WaitQueue(), timer: null, writePending: false };
      targets.set(id, target);
    }
    return target;
  };

  const persist = (target: Target): void => {
    if (target.writePending) return;
    target.writePending = true;
    void clock
      .sleep(PERSIST_DELAY_MS)
      .then(() => {
        target.writePending = false;
        // A copy: later in-place changes must not leak into what the store holds.
        return store.set(target.id, structuredClone(target.state));
      })
      // Losing a write only costs caution after a restart; the live state is unaffected.
      .catch(diagnose('rate-limit', 'persist state', 'warn'));
  };

  const cancelTimer = (target: Target): void => {
    target.timer?.controller.abort();
    target.timer = null;
  };

  const schedule = (target: Target, at: number): void => {
    if (target.timer?.at === at) return;
    cancelTimer(target);
    const controller = new AbortController();
    target.timer = { at, controller };
    clock.sleep(Math.max(0, Math.ceil(at - clock.now())), controller.signal).then(
      () => {
        if (target.timer?.controller !== controller) return;
        target.timer = null;
        pump(target);
      },
      () => undefined,
    );
  };

  const changed = (target: Target): void => {
    persist(target);
    pump(target);
  };

  const settle = (target: Target, estimated: number, outcome: CallOutcome): void => {
    const now = clock.now();
    const policy = policyFor(target.id);
    const used = outcome.tokensUsed;
    if (used !== undefined && Number.isFinite(used)) refundTokens(target.state, policy, estimated - Math.max(0, used), now);
    // Headers after the refund: they are the server's own count, which already includes this call.
    if (outcome.headers) applyHints(target.state, policy, readRateLimitHeaders(outcome.headers), now);
    if (outcome.rateLimitedForMs !== undefined) {
      holdForPause(target.state, policy, now + Math.max(0, outcome.rateLimitedForMs), now);
    }
    changed(target);
  };

  const singleGrant = (target: Target, request: DispatchRequest): Grant => {
    let reported = false;
    return {
      kind: 'single',
      complete: (outcome) => {
        if (reported) return;
        reported = true;
        settle(target, tokensOf(request), outcome);
      },
    };
  };

  const enqueue = (target: Target, waiters: Waiter[], atFront: boolean): void => {
    const live: Waiter[] = [];
    for (const waiter of waiters) {
      const { signal } = waiter.request;
      if (signal.aborted) {
        waiter.reject(abortError());
        continue;
      }
      const onAbort = () => {
        // Leaves at once and takes nothing; whoever is behind may now be the head.
        if (target.queue.remove(waiter)) {
          waiter.reject(abortError());
          pump(target);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      waiter.detach = () => signal.removeEventListener('abort', onAbort);
      live.push(waiter);
    }
    if (atFront) target.queue.pushFront(live);
    else for (const waiter of live) target.queue.push(waiter);
  };

  const runBatch = async (target: Target, group: Waiter[], tokens: number): Promise<void> => {
    const left = group.map(() => false);
    const result = await runMergedCall({
      targetId: target.id,
      compatKey: group[0]?.request.batch?.compatKey ?? '',
      tasks: group.map((waiter) => waiter.request.batch?.task ?? ''),
      signals: group.map((waiter) => waiter.request.signal),
      callMerged,
      onCallerAbort: (index) => {
        left[index] = true;
        group[index]?.reject(abortError());
      },
    });
    const staying = group.filter((_, index) => !left[index]);
    if (result.ok) {
      group.forEach((waiter, index) => {
        if (!left[index]) waiter.resolve({ kind: 'batched', text: result.answers[index] ?? '' });
      });
      return;
    }
    // A call that threw most likely spent little; an unusable answer did spend its tokens.
    if (result.reason === 'threw') refundTokens(target.state, policyFor(target.id), tokens, clock.now());
    for (const waiter of staying) waiter.noBatch = true;
    // Back at the front, in order, each to go alone as the buckets allow.
    enqueue(target, staying, true);
    changed(target);
  };

  const release = (target: Target, head: Waiter, now: number): void => {
    const policy = policyFor(target.id);
    const tokensFit = (tokens: number) => {
      const room = available(target.state, policy, 'tokens', now);
      return room === null || tokens <= room + 1e-6;
    };
    const group = selectBatch(head, target.queue.ordered(), batching(), tokensFit);
    let tokens = 0;
    for (const waiter of group) {
      target.queue.remove(waiter);
      waiter.detach();
      tokens += tokensOf(waiter.request);
    }
    // A merged call is one request slot however many tasks it carries.
    charge(target.state, policy, 1, tokens, now);
    persist(target);
    if (group.length === 1) head.resolve(singleGrant(target, head.request));
    else void runBatch(target, group, tokens);
  };

  // Releases heads while they may go, then sleeps until the new head can.
  function pump(target: Target): void {
    for (;;) {
      const head = target.queue.head();
      if (!head) {
        cancelTimer(target);
        return;
      }
      const now = clock.now();
      const wait = waitFor(target.state, policyFor(target.id), tokensOf(head.request), now);
      if (wait > 0) {
        schedule(target, now + wait);
        return;
      }
      release(target, head, now);
    }
  }

  return {
    acquire(request) {
      if (request.signal.aborted) return Promise.reject(abortError());
      const target = targetFor(request.targetId);
      const now = clock.now();
      const policy = policyFor(target.id);
      if (request.priority === 'speculative') {
        // Never queued: a suggestion that has to wait is stale by the time it could run.
        const dropped = speculativeDrop(target.state, policy, tokensOf(request), target.queue.size, now);
        if (dropped) return Promise.reject(new SpeculativeDroppedError(dropped));
        charge(target.state, policy, 1, tokensOf(request), now);
        persist(target);
        return Promise.resolve(singleGrant(target, request));
      }
      // Nobody ahead and room now: granted in this very turn, never batched, no timer involved.
      if (target.queue.wouldLead(request) && waitFor(target.state, policy, tokensOf(request), now) === 0) {
        charge(target.state, policy, 1, tokensOf(request), now);
        persist(target);
        return Promise.resolve(singleGrant(target, request));
      }
      return new Promise<Grant>((resolve, reject) => {
        enqueue(target, [{ request, resolve, reject, detach: () => undefined, noBatch: false }], false);
        pump(target);
      });
    },

    pause(targetId, ms) {
      const target = targetFor(targetId);
      const now = clock.now();
      holdForPause(target.state, policyFor(targetId), now + Math.max(0, ms), now);
      changed(target);
    },

    observeHeaders(targetId, headers) {
      const target = targetFor(targetId);
      applyHints(target.state, policyFor(targetId), readRateLimitHeaders(headers), clock.now());
      changed(target);
    },

    queueDepth: (targetId) => targets.get(targetId)?.queue.size ?? 0,

    async restore() {
      let entries: Array<[string, unknown]>;
      try {
        entries = await store.entries();
      } catch (error) {
        reportDiagnostic({ stage: 'rate-limit', operation: 'restore state', error, level: 'warn' });
        return; // Start fresh rather than block generation on storage.
      }
      const now = clock.now();
      for (const [id, value] of entries) {
        const stored = parseLimiterState(value, now);
        if (!stored) continue;
        const target = targetFor(id);
        // Requests may have been granted before restore finished: keep the more cautious view.
        target.state = mergeStates(target.state, stored, policyFor(id), now);
        pump(target);
      }
    },

    snapshot(targetId) {
      const target = targets.get(targetId);
      const state = target?.state ?? emptyLimiterState();
      const now = clock.now();
      const policy = policyFor(targetId);
      const whole = (value: number | null) => (value === null ? null : Math.max(0, Math.floor(value + 1e-6)));
      return {
        pausedUntil: state.pausedUntil > now ? state.pausedUntil : 0,
        queued: target?.queue.size ?? 0,
        requestsAvailable: whole(available(state, policy, 'requests', now)),
        tokensAvailable: whole(available(state, policy, 'tokens', now)),
      };
    },
  };
}
