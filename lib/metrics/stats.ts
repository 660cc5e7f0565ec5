// Owns the dashboard numbers computed from metrics records: rates, latency percentiles, per-model and per-day totals.
import { z } from 'zod';
import type { MetricsOutcome, MetricsRecord } from './metrics-record';
import { percentile, summarize, SummarySchema } from './percentiles';

/**
 * Success rate = successful / counted, where
 *  - successful: the user got a complete answer: success, cache-hit, stale-cache or snippet;
 *  - counted: every record except `aborted` (the user chose to stop) and `queued` (the job's later
 *    run from the offline queue is recorded on its own, so counting both would count it twice).
 * `incomplete`, `error` and `filtered` are counted and not successful. Rates are null when nothing
 * is counted. Latency percentiles and the cache-hit rate use the same counted records; token and
 * cost totals use every record, since an aborted request may still have been billed.
 */
const SUCCESSFUL: ReadonlySet<MetricsOutcome> = new Set(['success', 'cache-hit', 'stale-cache', 'snippet']);
const NOT_COUNTED: ReadonlySet<MetricsOutcome> = new Set(['aborted', 'queued']);

export const isCounted = (record: MetricsRecord): boolean => !NOT_COUNTED.has(record.outcome);
export const isSuccessful = (record: MetricsRecord): boolean => SUCCESSFUL.has(record.outcome);

const rate = z.number().min(0).max(1).nullable();
const totals = {
  requests: z.number().int().nonnegative(),
  successRate: rate,
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative(),
};

export const ModelStatsSchema = z.object({
  model: z.string().nullable(),
  ...totals,
  p50: z.number().nullable(),
  p95: z.number().nullable(),
  p99: z.number().nullable(),
});
export type ModelStats = z.infer<typeof ModelStatsSchema>;

// `day` is the UTC calendar day of the request start.
export const DayStatsSchema = z.object({ day: z.iso.date(), ...totals });
export type DayStats = z.infer<typeof DayStatsSchema>;

export const ModelDayStatsSchema = z.object({ day: z.iso.date(), model: z.string().nullable(), ...totals });
export type ModelDayStats = z.infer<typeof ModelDayStatsSchema>;

export const StatsSchema = z.object({
  total: z.number().int().nonnegative(),
  successRate: rate,
  latency: SummarySchema,
  ttft: SummarySchema,
  cacheHitRate: rate,
  retries: z.number().int().nonnegative(),
  fallbacks: z.number().int().nonnegative(),
  errorsByCode: z.record(z.string(), z.number().int().positive()),
  byModel: z.array(ModelStatsSchema),
  byDay: z.array(DayStatsSchema),
  byModelAndDay: z.array(ModelDayStatsSchema),
});
export type Stats = z.infer<typeof StatsSchema>;

export const utcDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

interface Group {
  requests: number;
  counted: number;
  successes: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  latencies: number[];
}

const emptyGroup = (): Group => ({
  requests: 0,
  counted: 0,
  successes: 0,
  promptTokens: 0,
  completionTokens: 0,
  costUsd: 0,
  latencies: [],
});

// Groups keep the model and day they belong to, so nothing is parsed back out of a map key.
interface Keyed {
  model: string | null;
  day: string;
  group: Group;
}

function groupIn(groups: Map<string, Keyed>, key: string, model: string | null, day: string): Group {
  let entry = groups.get(key);
  if (!entry) {
    entry = { model, day, group: emptyGroup() };
    groups.set(key, entry);
  }
  return entry.group;
}

function addTo(group: Group, record: MetricsRecord): void {
  group.requests++;
  group.promptTokens += record.promptTokens;
  group.completionTokens += record.completionTokens;
  group.costUsd += record.costUsd;
  if (!isCounted(record)) return;
  group.counted++;
  if (isSuccessful(record)) group.successes++;
  group.latencies.push(record.latencyMs);
}

const totalsOf = (group: Group) => ({
  requests: group.requests,
  successRate: group.counted === 0 ? null : group.successes / group.counted,
  promptTokens: group.promptTokens,
  completionTokens: group.completionTokens,
  costUsd: group.costUsd,
});

const byName = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

export function computeStats(records: readonly MetricsRecord[]): Stats {
  const all = emptyGroup();
  const models = new Map<string, Keyed>();
  const days = new Map<string, Keyed>();
  const modelDays = new Map<string, Keyed>();
  const ttfts: number[] = [];
  const errorsByCode: Record<string, number> = {};
  let cacheHits = 0;
  let retries = 0;
  let fallbacks = 0;

  for (const record of records) {
    const day = utcDay(record.at);
    // JSON keys keep a null model apart from a model literally named "null".
    addTo(all, record);
    addTo(groupIn(models, JSON.stringify(record.model), record.model, day), record);
    addTo(groupIn(days, day, null, day), record);
    addTo(groupIn(modelDays, JSON.stringify([day, record.model]), record.model, day), record);
    retries += record.retries;
    if (record.fallbackUsed) fallbacks++;
    if (record.errorCode !== null) errorsByCode[record.errorCode] = (errorsByCode[record.errorCode] ?? 0) + 1;
    if (!isCounted(record)) continue;
    if (record.cacheHit) cacheHits++;
    if (record.ttftMs !== null) ttfts.push(record.ttftMs);
  }

  const byModel = [...models.values()].map(({ model, group }): ModelStats => {
    const sorted = group.latencies.sort((a, b) => a - b);
    return {
      model,
      ...totalsOf(group),
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
    };
  });
  byModel.sort((a, b) => b.requests - a.requests || byName(a.model, b.model));

  const byDay = [...days.values()].map(({ day, group }): DayStats => ({ day, ...totalsOf(group) }));
  byDay.sort((a, b) => byName(a.day, b.day));

  const byModelAndDay = [...modelDays.values()].map(
    ({ day, model, group }): ModelDayStats => ({ day, model, ...totalsOf(group) }),
  );
  byModelAndDay.sort((a, b) => byName(a.day, b.day) || byName(a.model, b.model));

  return {
    total: records.length,
    successRate: totalsOf(all).successRate,
    latency: summarize(all.latencies),
    ttft: summarize(ttfts),
    cacheHitRate: all.counted === 0 ? null : cacheHits / all.counted,
    retries,
    fallbacks,
    errorsByCode,
    byModel,
    byDay,
    byModelAndDay,
  };
}
