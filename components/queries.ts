// Owns every TanStack Query key and queryOptions used by the extension's pages.
import { queryOptions } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { sendMessage } from '../lib/messaging/messenger';
import { isChromeBuiltInAvailable } from '../lib/providers/chrome-built-in';
import { globalLanguageModel } from '../lib/providers/chrome-language-model';

// Time ranges the dashboard offers, by id; keys hold the id, the query turns it into timestamps.
export const METRICS_RANGES = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000, all: null } as const;
export type MetricsRange = keyof typeof METRICS_RANGES;

export const queryKeys = {
  settings: ['settings'] as const,
  optionsState: ['options-state'] as const,
  cacheStats: ['cache-stats'] as const,
  metricsAll: ['metrics'] as const,
  metrics: (range: MetricsRange, model: string) => ['metrics', range, model] as const,
  historyAll: ['history'] as const,
  history: (query: string) => ['history', query] as const,
  builtIn: ['chrome-built-in'] as const,
  fillJob: (tabId: number) => ['fill-job', tabId] as const,
  siteSwitch: (tabId: number) => ['site-switch', tabId] as const,
  diagnostics: ['diagnostics'] as const,
  autocompleteSwitch: (tabId: number) => ['autocomplete-switch', tabId] as const,
  autocompleteStats: ['autocomplete-stats'] as const,
};

export const settingsQuery = queryOptions({
  queryKey: queryKeys.settings,
  queryFn: () => sendMessage('getSettings', undefined),
});

export const optionsStateQuery = queryOptions({
  queryKey: queryKeys.optionsState,
  queryFn: () => sendMessage('getOptionsState', undefined),
});

export const cacheStatsQuery = queryOptions({
  queryKey: queryKeys.cacheStats,
  queryFn: () => sendMessage('getCacheStats', undefined),
  // Live while the section is open.
  refetchInterval: 5000,
});

// model '' means every model.
export const metricsQuery = (range: MetricsRange, model: string) =>
  queryOptions({
    queryKey: queryKeys.metrics(range, model),
    queryFn: () => {
      const span = METRICS_RANGES[range];
      return sendMessage('getMetrics', { from: span === null ? undefined : Date.now() - span, model: model || undefined });
    },
  });

export const historyQuery = (query: string) =>
  queryOptions({
    queryKey: queryKeys.history(query),
    queryFn: async () => (await sendMessage('listHistory', { query, limit: 100 })).entries,
    // Live while the section is open: an entry is written when a request starts and completed after its answer
    // has reached the page, so a list read in between shows it unfinished until the next read.
    refetchInterval: 2000,
  });

// Chrome's on-device model, as seen from this page (extension pages have the Prompt API where workers may not).
export const builtInQuery = queryOptions({
  queryKey: queryKeys.builtIn,
  queryFn: () => isChromeBuiltInAvailable(globalLanguageModel),
  staleTime: Infinity,
});

// The popup's form-fill job for a tab; polled only while the background is still working on it.
export const fillJobQuery = (tabId: number) =>
  queryOptions({
    queryKey: queryKeys.fillJob(tabId),
    queryFn: async () => (await sendMessage('formFillGet', { tabId })).job,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'reading' || status === 'asking' || status === 'filling' ? 400 : false;
    },
  });

// Live while the section is open: a failure elsewhere shows up without a reload.
export const diagnosticsQuery = queryOptions({
  queryKey: queryKeys.diagnostics,
  queryFn: () => sendMessage('getDiagnostics', undefined),
  refetchInterval: 5000,
});

export const siteSwitchQuery = (tabId: number) =>
  queryOptions({
    queryKey: queryKeys.siteSwitch(tabId),
    queryFn: () => sendMessage('getSiteSwitch', { tabId }),
  });

export const autocompleteSwitchQuery = (tabId: number) =>
  queryOptions({
    queryKey: queryKeys.autocompleteSwitch(tabId),
    queryFn: () => sendMessage('getAutocompleteSwitch', { tabId }),
  });

export const autocompleteStatsQuery = queryOptions({
  queryKey: queryKeys.autocompleteStats,
  queryFn: async () => (await sendMessage('getAutocompleteStats', undefined)).days,
});

// A local model server (Ollama, LM Studio) answering on its default port, with its installed models; the
// onboarding offers it as a choice that needs no key. A server that does not answer is simply not offered.
export const localServerQuery = (presetId: 'ollama' | 'lm-studio', baseUrl: string) =>
  queryOptions({
    queryKey: ['local-server', presetId] as const,
    queryFn: async () => {
      const result = await sendMessage('testProvider', {
        provider: { id: presetId, kind: 'openai-compatible', name: presetId, baseUrl, headers: {}, contextTokens: 8192 },
      });
      return result.ok ? result.models : null;
    },
    retry: false,
    staleTime: 30_000,
  });

// The extension's keyboard shortcuts as the browser has them now (the user may have changed or cleared them).
export const shortcutsQuery = queryOptions({
  queryKey: ['shortcuts'] as const,
  queryFn: () => browser.commands.getAll(),
});
