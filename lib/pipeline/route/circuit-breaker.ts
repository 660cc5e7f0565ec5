// Owns one circuit breaker per fallback target: closed → open → half-open, persisted across worker restarts.
import type { GenerationErrorInfo } from '../../errors/generation-error';
import type { BreakerPolicy } from '../../settings/policy-schemas';
import type { Clock } from '../clock';
import type { KeyValueStore } from '../kv-store';
import { BreakerSnapshotSchema, type BreakerEntry, type BreakerSnapshot, type BreakerState } from './breaker-schema';
import { diagnose } from '../../diagnostics/diagnostics-log';

export interface BreakerOptions {
  clock: Clock;
  // Read on every decision, so settings changes apply without a rebuild.
  policy: () => BreakerPolicy;
  store?: KeyValueStore<unknown>;
  // The store key holding every breaker; default 'circuit-breakers'.
  storeKey?: string;
  // Changes within this window are written once; default 1000.
  persistDelayMs?: number;
}

export interface Breakers {
  // Whether to send a request now. In half-open this claims the single probe, so call it only when
  // about to send, and always settle with recordSuccess, recordFailure or release.
  canRequest(targetId: string): boolean;
  recordSuccess(targetId: string): void;
  recordFailure(targetId: string, error?: GenerationErrorInfo): void;
  // Gives back a probe whose outcome says nothing about the target (Stop, a filtered answer).
  release(targetId: string): void;
  // Side-effect free; an open breaker whose cooldown has passed reads as half-open.
  state(targetId: string): BreakerState;
  lastError(targetId: string): GenerationErrorInfo | undefined;
  // Loads persisted state; targets already touched since start keep their newer in-memory state.
  restore(): Promise<void>;
  // Writes pending changes now (worker shutdown, tests).
  flush(): Promise<void>;
}

// The probe flag lives only in memory: after a restart no probe is in flight.
type LiveEntry = BreakerEntry & { probing: boolean };

const closedEntry = (): LiveEntry => ({ state: 'closed', failures: 0, openedAt: null, probing: false });

export function createBreakers(options: BreakerOptions): Breakers {
  const { clock, store } = options;
  const storeKey = options.storeKey ?? 'circuit-breakers';
  const persistDelayMs = options.persistDelayMs ?? 1000;
  const entries = new Map<string, LiveEntry>();
  let pendingSave: AbortController | null = null;
  let writing: Promise<void> = Promise.resolve();

  const entry = (targetId: string): LiveEntry => {
    let found = entries.get(targetId);
    if (!found) {
      found = closedEntry();
      entries.set(targetId, found);
    }
    return found;
  };
  const cooledDown = (e: LiveEntry) => e.openedAt === null || clock.now() - e.openedAt >= options.policy().cooldownMs;

  const open = (e: LiveEntry) => {
    e.state = 'open';
    e.openedAt = clock.now();
    e.probing = false;
  };

  function snapshot(): BreakerSnapshot {
    const targets: BreakerSnapshot['targets'] = {};
    for (const [id, { probing: _probing, ...rest }] of entries) {
      // A healthy breaker is the default; storing it would only grow the record.
      if (rest.state !== 'closed' || rest.failures > 0) targets[id] = rest;
    }
    return { version: 1, targets };
  }

  // Chained so writes land in order; persistence is best effort and never breaks routing.
  const write = (): Promise<void> => {
    if (!store) return writing;
    writing = writing.then(() => store.set(storeKey, snapshot())).catch(diagnose('breaker', 'persist state', 'warn'));
    return writing;
  };

  const changed = () => {
    if (!store || pendingSave) return;
    const timer = new AbortController();
    pendingSave = timer;
    clock.sleep(persistDelayMs, timer.signal).then(
      () => {
        pendingSave = null;
        return write();
      },
      () => undefined,
    );
  };

  return {
    canRequest(targetId) {
      const e = entry(targetId);
      if (e.state === 'closed') return true;
      if (e.state === 'open') {
        if (!cooledDown(e)) return false;
        e.state = 'half-open';
        e.probing = true;
        changed();
        return true;
      }
      if (e.probing) return false;
      e.probing = true;
      return true;
    },
    recordSuccess(targetId) {
      const e = entries.get(targetId);
      if (!e || (e.state === 'closed' && e.failures === 0)) return;
      entries.set(targetId, closedEntry());
      changed();
    },
    recordFailure(targetId, error) {
      const e = entry(targetId);
      e.failures += 1;
      if (error) e.lastError = error;
      // A probe failing restarts the cooldown; a late failure while open changes nothing.
      if (e.state === 'half-open' || (e.state === 'closed' && e.failures >= options.policy().failureThreshold)) open(e);
      changed();
    },
    release(targetId) {
      const e = entries.get(targetId);
      if (e) e.probing = false;
    },
    state(targetId) {
      const e = entries.get(targetId);
      if (!e) return 'closed';
      return e.state === 'open' && cooledDown(e) ? 'half-open' : e.state;
    },
    lastError: (targetId) => entries.get(targetId)?.lastError,
    async restore() {
      if (!store) return;
      const parsed = BreakerSnapshotSchema.safeParse(await store.get(storeKey).catch(diagnose('breaker', 'restore state', 'warn')));
      if (!parsed.success) return; // missing or from an incompatible version: start healthy
      for (const [id, saved] of Object.entries(parsed.data.targets)) {
        if (!entries.has(id)) entries.set(id, { ...saved, probing: false });
      }
    },
    flush() {
      pendingSave?.abort();
      pendingSave = null;
      return write();
    },
  };
}
