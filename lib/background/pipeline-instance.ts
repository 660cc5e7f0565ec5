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
import { loadEffectiveSettings } from './effective-settings';
import { isPolicyChange } from '../settings/policy-change';
import { sessionStore } from '../storage/area-store';
import { diagnose } from '../diagnostics/diagnostics-log';
import { markStartup } from '../diagnostics/startup-marks';

let instance: AssembledPipeline | null = null;

// WXT types getURL from the public folder; the tokenizer file is generated at build time.
const assetUrl = (path: string): string => (browser.runtime.getURL as (path: string) => string)(path);
let latest: Settings = DEFAULT_SETTINGS;

let loading: Promise<Settings> | null = null;

// Reading four storage areas and validating them on every request cost milliseconds of the
// latency budget; the result is kept until any of them changes. Policies read synchronously on
// hot paths (rate limits, breakers) see the same value.
function freshSettings(): Promise<Settings> {
  loading ??= loadEffectiveSettings().then(
    (settings) => (latest = settings),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

// Session storage changes on every request (rate-limit state), so only the sources count.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' || isPolicyChange(changes, area) || (area === 'local' && 'apiKeys' in changes)) loading = null;
});

export function backgroundPipeline(): AssembledPipeline {
  if (instance) return instance;
  instance = assemblePipeline({
    clock: systemClock,
    random: Math.random,
    fetch: (input, init) => {
      markStartup('fetch');
      return fetch(input, init);
    },
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
  void freshSettings().catch(diagnose('settings', 'load effective settings'));
  void instance.restore().catch(diagnose('startup', 'restore pipeline state'));
  return instance;
}
