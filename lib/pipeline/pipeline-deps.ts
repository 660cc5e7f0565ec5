// Owns what the pipeline needs from the outside world, injected so tests use fakes and a loopback server.
import type { HistoryStore } from '../history/history-store';
import type { MetricsRing } from '../metrics/metrics-ring';
import type { TokenCounter } from '../prompts/tokenizer';
import type { ChatStream } from '../providers/types';
import type { ProviderKind } from '../settings/provider-schema';
import type { Settings } from '../settings/schema';
import type { ResponseCache } from './cache/response-cache';
import type { Clock, Random } from './clock';
import type { OfflineQueue } from './degrade/offline-queue';
import type { Dispatcher } from './rate-limit/dispatch-types';
import type { Breakers } from './route/circuit-breaker';

export interface PipelineDeps {
  clock: Clock;
  random: Random;
  fetch: typeof fetch;
  settings: () => Promise<Settings>;
  apiKey: (providerId: string) => Promise<string>;
  hasOriginPermission: (baseUrl: string) => Promise<boolean>;
  isOnline: () => boolean;
  tokens: TokenCounter;
  cache: ResponseCache;
  dispatcher: Dispatcher;
  breakers: Breakers;
  metrics: MetricsRing;
  history: HistoryStore;
  offlineQueue: OfflineQueue;
  streamFor: (kind: ProviderKind) => ChatStream;
  newId: () => string;
}
