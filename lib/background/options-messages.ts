// Owns the background's handlers for the options page: state and keys, connection tests, cache, metrics, history, export.
import { handleMessage } from '../messaging/handle-message';
import { computeStats } from '../metrics/stats';
import { hasOriginPermission } from '../permissions/origin-permission';
import { loadManagedPolicy } from '../settings/managed-policy-store';
import { getApiKey, getApiKeys, setApiKey } from '../settings/secret-store';
import { loadSettings } from '../settings/settings-store';
import { originOf } from '../messaging/sender';
import { isUnconfigured, loadEffectiveSettings } from './effective-settings';
import { backgroundPipeline } from './pipeline-instance';
import { testProvider } from './test-provider';

const ok = { ok: true as const };
// A key that is never written: deleting it makes the cache load its index without touching its counters.
const LOAD_PROBE_KEY = '\u0000options-stats-probe';

// A saved key goes only to the origin it was saved for (as the user set it, or as the policy forces it);
// testing an edited URL needs the key typed again, so a typo in a host name cannot leak it.
async function storedKeyFor(providerId: string, baseUrl: string): Promise<string> {
  const [settings, effective] = await Promise.all([loadSettings(), loadEffectiveSettings()]);
  const origins = [...settings.providers, ...effective.providers].filter((provider) => provider.id === providerId).map((provider) => originOf(provider.baseUrl));
  return origins.includes(originOf(baseUrl)) ? getApiKey(providerId) : '';
}

export function setupOptionsMessages(): void {
  handleMessage('getOptionsState', async () => {
    const [settings, keys, policy] = await Promise.all([loadSettings(), getApiKeys(), loadManagedPolicy()]);
    const stored = Object.keys(keys);
    return {
      settings,
      keys: Object.fromEntries(settings.providers.map((provider) => [provider.id, stored.includes(provider.id)])),
      policy,
      unconfigured: isUnconfigured(settings, stored),
    };
  });

  handleMessage('saveApiKey', async ({ providerId, key }) => {
    await setApiKey(key.trim(), providerId);
    return ok;
  });

  handleMessage('testProvider', ({ provider, apiKey }) =>
    testProvider(provider, apiKey, { fetch: (input, init) => fetch(input, init), now: () => Date.now(), storedKey: storedKeyFor, hasOriginPermission }),
  );

  handleMessage('getCacheStats', async () => {
    const { cache, metrics } = backgroundPipeline().deps;
    await cache.delete(LOAD_PROBE_KEY);
    const { entries, bytes } = cache.stats();
    return { entries, bytes, hitRate: computeStats(await metrics.list()).cacheHitRate };
  });

  handleMessage('clearCache', async () => {
    await backgroundPipeline().deps.cache.clear();
    return ok;
  });

  handleMessage('getMetrics', async (filter) => {
    const { metrics } = backgroundPipeline().deps;
    const inRange = await metrics.list({ from: filter.from, to: filter.to });
    const records = filter.model === undefined ? inRange : inRange.filter((record) => record.model === filter.model);
    const models = [...new Set(inRange.flatMap((record) => (record.model === null ? [] : [record.model])))].sort();
    return { records, stats: computeStats(records), models };
  });

  handleMessage('clearMetrics', async () => {
    await backgroundPipeline().deps.metrics.clear();
    return ok;
  });

  handleMessage('listHistory', async ({ query, limit }) => ({ entries: await backgroundPipeline().deps.history.list({ query, limit }) }));

  handleMessage('deleteHistory', async ({ id }) => {
    await backgroundPipeline().deps.history.delete(id);
    return ok;
  });

  handleMessage('clearHistory', async () => {
    await backgroundPipeline().deps.history.clear();
    return ok;
  });

  handleMessage('exportSettings', async ({ includeKeys }) => {
    const settings = await loadSettings();
    if (!includeKeys) return { settings };
    const keys = await getApiKeys();
    const ids = new Set(settings.providers.map((provider) => provider.id));
    return { settings, apiKeys: Object.fromEntries(Object.entries(keys).filter(([id]) => ids.has(id))) };
  });
}
