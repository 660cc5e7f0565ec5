// Owns shared fixtures for the dispatcher tests: a dispatcher on fake timers and a recorder of grants.
import { systemClock } from '../../lib/pipeline/clock';
import { memoryStore } from '../../lib/pipeline/kv-store';
import type { BatchingPolicy, RateLimitPolicy } from '../../lib/settings/policy-schemas';
import { createDispatcher } from '../../lib/pipeline/rate-limit/dispatcher';
import type { DispatchRequest, Dispatcher, Grant, MergedCall } from '../../lib/pipeline/rate-limit/dispatch-types';

export const START = 1_700_000_000_000;

export interface KitOptions {
  limits?: Partial<RateLimitPolicy>;
  batching?: Partial<BatchingPolicy>;
  callMerged?: MergedCall;
  store?: ReturnType<typeof memoryStore<unknown>>;
}

export function makeDispatcher(options: KitOptions = {}) {
  const store = options.store ?? memoryStore<unknown>();
  const policy: RateLimitPolicy = { requestsPerMinute: 20, tokensPerMinute: null, ...options.limits };
  const batching: BatchingPolicy = { enabled: false, maxPromptTokens: 400, maxBatchSize: 10, ...options.batching };
  const callMerged: MergedCall = options.callMerged ?? (async (_target, tasks) => tasks.map((task) => `answer:${task}`));
  const dispatcher = createDispatcher({
    clock: systemClock,
    store,
    policyFor: () => policy,
    batching: () => batching,
    callMerged,
  });
  return { dispatcher, store, policy, batching };
}

export function request(overrides: Partial<DispatchRequest> = {}): DispatchRequest {
  return {
    targetId: 't',
    priority: 'bulk',
    estimatedTokens: 100,
    signal: new AbortController().signal,
    ...overrides,
  };
}

export interface Tracked {
  label: string;
  grant: Grant | null;
  error: unknown;
  // Fake-clock ms after START at which acquire settled.
  at: number | null;
}

// Records each grant in release order, with the fake time it arrived.
export function recorder(dispatcher: Dispatcher) {
  const released: Tracked[] = [];
  const track = (label: string, req: DispatchRequest): Tracked => {
    const tracked: Tracked = { label, grant: null, error: null, at: null };
    dispatcher.acquire(req).then(
      (grant) => {
        tracked.grant = grant;
        tracked.at = Date.now() - START;
        released.push(tracked);
      },
      (error: unknown) => {
        tracked.error = error;
        tracked.at = Date.now() - START;
      },
    );
    return tracked;
  };
  return { released, track, labels: () => released.map((tracked) => tracked.label) };
}

// Lets already-resolved promises run without moving the fake clock.
export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
