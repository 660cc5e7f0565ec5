// Owns the background's one pipeline: IndexedDB stores, storage.session state, the real network.
import { browser } from 'wxt/browser';
import { TOKENIZER_ASSET } from '../manifest/tokenizer-asset-path';
import { assemblePipeline, type AssembledPipeline } from '../pipeline/assemble-pipeline';
import { systemClock } from '../pipeline/clock';
import { idbStore } from '../pipeline/idb-store';
import { hasOriginPermission } from '../permissions/origin-permission';
import { fetchRanksLoader } from '../prompts/fetch-ranks-loader';
import { createTokenCounter } from '../prompts/token-count';
import { getApiKey } from '../settings/secret-store';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { loadSettings } from '../settings/settings-store';
import { sessionStore } from './session-store';

let instance: AssembledPipeline | null = null;

// WXT types getURL from the public folder; the tokenizer file is generated at build time.
const assetUrl = (path: string): string => (browser.runtime.getURL as (path: string) => string)(path);
let latest: Settings = DEFAULT_SETTINGS;

// Policies are read synchronously on hot paths; this keeps them as fresh as the last load.
async function freshSettings(): Promise<Settings> {
  latest = await loadSettings();
  return latest;
}

export function backgroundPipeline(): AssembledPipeline {
  if (instance) return instance;
  instance = assemblePipeline({
    clock: systemClock,
    random: Math.random,
    fetch: (input, init) => fetch(input, init),
    settings: freshSettings,
    currentSettings: () => latest,
    apiKey: (providerId) => getApiKey(providerId),
    hasOriginPermission,
    isOnline: () => navigator.onLine,
    tokens: createTokenCounter(fetchRanksLoader(assetUrl(`/${TOKENIZER_ASSET}`))),
    stores: {
      cache: idbStore('cache'),
      metrics: idbStore('metrics'),
      history: idbStore('history'),
      offlineQueue: idbStore('offline-queue'),
      rateLimits: sessionStore('rate-limits'),
      breakers: sessionStore('breakers'),
    },
  });
  void freshSettings().catch(() => undefined);
  void instance.restore().catch(() => undefined);
  return instance;
}
