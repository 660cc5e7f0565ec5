// Owns building a pipeline from its parts: the background passes IndexedDB and storage.session
// stores, tests pass memory stores, a loopback server and a fake clock.
import { createHistoryStore } from '../history/history-store';
import { createMetricsRing } from '../metrics/metrics-ring';
import type { TokenCounter } from '../prompts/token-count';
import { streamFor } from '../providers/registry';
import type { Settings } from '../settings/schema';
import { createResponseCache } from './cache/response-cache';
import type { Clock, Random } from './clock';
import { createOfflineQueue } from './degrade/offline-queue';
import type { KeyValueStore } from './kv-store';
import { createMergedCall, type BatchGroups } from './batching/merged-call';
import { createPipeline, type Pipeline } from './pipeline';
import type { PipelineDeps } from './pipeline-deps';
import { createDispatcher } from './rate-limit/dispatcher';
import { createBreakers } from './route/circuit-breaker';
import { resolveTargets } from './targets';

export interface PipelineStores {
  cache: KeyValueStore<unknown>;
  metrics: KeyValueStore<unknown>;
  history: KeyValueStore<unknown>;
  offlineQueue: KeyValueStore<unknown>;
  // Rate-limit and breaker state: storage.session in the extension, so it outlives a worker restart.
  rateLimits: KeyValueStore<unknown>;
  breakers: KeyValueStore<unknown>;
}

export interface PipelineParts {
  clock: Clock;
  random: Random;
  fetch: typeof fetch;
  settings: () => Promise<Settings>;
  // Settings as last loaded, for policies read synchronously (rate limits, breakers, cache caps).
  currentSettings: () => Settings;
  apiKey: (providerId: string) => Promise<string>;
  hasOriginPermission: (baseUrl: string) => Promise<boolean>;
  isOnline: () => boolean;
  tokens: TokenCounter;
  stores: PipelineStores;
  streamFor?: PipelineDeps['streamFor'];
  newId?: () => string;
}

export interface AssembledPipeline {
  pipeline: Pipeline;
  deps: PipelineDeps;
  // Reloads rate-limit and breaker state after a service-worker restart.
  restore(): Promise<void>;
}

export function assemblePipeline(parts: PipelineParts): AssembledPipeline {
  const { clock, stores, currentSettings } = parts;
  const groups: BatchGroups = new Map();
  const providerOf = (targetId: string) => resolveTargets(currentSettings()).find((target) => target.id === targetId)?.provider.id;
  const partial = {
    clock,
    random: parts.random,
    fetch: parts.fetch,
    settings: parts.settings,
    apiKey: parts.apiKey,
    hasOriginPermission: parts.hasOriginPermission,
    isOnline: parts.isOnline,
    tokens: parts.tokens,
    streamFor: parts.streamFor ?? streamFor,
    newId: parts.newId ?? (() => crypto.randomUUID()),
    cache: createResponseCache({ store: stores.cache, clock, policy: () => currentSettings().cache }),
    breakers: createBreakers({ clock, policy: () => currentSettings().breaker, store: stores.breakers }),
    metrics: createMetricsRing({ store: stores.metrics }),
    history: createHistoryStore({ store: stores.history, clock, maxEntries: () => currentSettings().history.maxEntries }),
    offlineQueue: createOfflineQueue({ store: stores.offlineQueue, clock }),
  };
  // The dispatcher calls back into the pipeline for merged calls, so it is created last.
  const deps: PipelineDeps = {
    ...partial,
    dispatcher: createDispatcher({
      clock,
      store: stores.rateLimits,
      policyFor: (targetId) => currentSettings().rateLimits[providerOf(targetId) ?? ''] ?? { requestsPerMinute: null, tokensPerMinute: null },
      batching: () => currentSettings().batching,
      callMerged: (...args) => mergedCall(...args),
    }),
  };
  const mergedCall = createMergedCall(deps, groups);
  return {
    pipeline: createPipeline(deps, groups),
    deps,
    restore: async () => {
      await Promise.all([deps.dispatcher.restore(), deps.breakers.restore()]);
    },
  };
}
