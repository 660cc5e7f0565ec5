// Owns the options page's one-shot messages: providers and keys, the connection test, cache, metrics, history, export.
import { z } from 'zod';
import { GenerationErrorSchema } from '../errors/generation-error';
import { HistoryEntrySchema } from '../history/history-entry';
import { MetricsRecordSchema } from '../metrics/metrics-record';
import { MetricsFilterSchema } from '../metrics/metrics-ring';
import { StatsSchema } from '../metrics/stats';
import { ManagedPolicySchema } from '../settings/managed-policy';
import { ProviderSchema } from '../settings/provider-schema';
import { SettingsSchema } from '../settings/schema';
import type { SenderKind } from './protocol';

const ok = z.object({ ok: z.literal(true) });
const pageOnly: readonly SenderKind[] = ['extension-page'];
const ProviderIdSchema = z.string().min(1).max(64);
const ApiKeySchema = z.string().max(4000);

export const OptionsStateSchema = z.object({
  // The user's own settings, before the organisation policy is laid over them.
  settings: SettingsSchema,
  // Whether a key is stored, per provider id; keys themselves never reach a page.
  keys: z.record(z.string(), z.boolean()),
  policy: ManagedPolicySchema,
  // No provider set up by the user yet: the page starts on the onboarding.
  unconfigured: z.boolean(),
});
export type OptionsState = z.infer<typeof OptionsStateSchema>;

export const ConnectionHintSchema = z.enum(['ollama-origins', 'ollama-running']);
export type ConnectionHint = z.infer<typeof ConnectionHintSchema>;

export const ConnectionResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), latencyMs: z.number().nonnegative(), models: z.array(z.string().max(300)).max(2000) }),
  z.object({ ok: z.literal(false), latencyMs: z.number().nonnegative(), error: GenerationErrorSchema, hint: ConnectionHintSchema.optional() }),
]);
export type ConnectionResult = z.infer<typeof ConnectionResultSchema>;

export const CacheStatsSchema = z.object({
  entries: z.number().int().nonnegative(),
  bytes: z.number().nonnegative(),
  // Over the metrics ring, so it survives worker restarts; null before any counted request.
  hitRate: z.number().min(0).max(1).nullable(),
});
export type CacheStatsView = z.infer<typeof CacheStatsSchema>;

export const MetricsViewSchema = z.object({
  records: z.array(MetricsRecordSchema),
  stats: StatsSchema,
  // Every model in the time range, for the model filter.
  models: z.array(z.string()),
});
export type MetricsView = z.infer<typeof MetricsViewSchema>;

export const HistoryQuerySchema = z.object({ query: z.string().max(500).default(''), limit: z.number().int().min(1).max(500).default(100) });

export const SettingsExportSchema = z.object({ settings: SettingsSchema, apiKeys: z.record(z.string(), ApiKeySchema).optional() });

export const OPTIONS_MESSAGES = {
  getOptionsState: { from: pageOnly, request: z.undefined(), response: OptionsStateSchema },
  // '' removes the key.
  saveApiKey: { from: pageOnly, request: z.object({ providerId: ProviderIdSchema, key: ApiKeySchema }), response: ok },
  // apiKey: the one typed but not saved yet; otherwise the stored key for provider.id is used.
  testProvider: { from: pageOnly, request: z.object({ provider: ProviderSchema, apiKey: ApiKeySchema.optional() }), response: ConnectionResultSchema },
  getCacheStats: { from: pageOnly, request: z.undefined(), response: CacheStatsSchema },
  clearCache: { from: pageOnly, request: z.undefined(), response: ok },
  getMetrics: { from: pageOnly, request: MetricsFilterSchema, response: MetricsViewSchema },
  clearMetrics: { from: pageOnly, request: z.undefined(), response: ok },
  listHistory: { from: pageOnly, request: HistoryQuerySchema, response: z.object({ entries: z.array(HistoryEntrySchema) }) },
  deleteHistory: { from: pageOnly, request: z.object({ id: z.string().min(1).max(200) }), response: ok },
  clearHistory: { from: pageOnly, request: z.undefined(), response: ok },
  exportSettings: { from: pageOnly, request: z.object({ includeKeys: z.boolean() }), response: SettingsExportSchema },
} as const;
