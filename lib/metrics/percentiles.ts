// Owns percentile math for latency summaries (nearest-rank method).
import { z } from 'zod';

export const SummarySchema = z.object({
  count: z.number().int().nonnegative(),
  p50: z.number().nullable(),
  p95: z.number().nullable(),
  p99: z.number().nullable(),
  mean: z.number().nullable(),
});
export type Summary = z.infer<typeof SummarySchema>;

/**
 * Nearest-rank percentile: the smallest value such that at least p% of the values are at or
 * below it, i.e. sorted[ceil(p/100 * n) - 1], with p = 0 giving the minimum. It always returns
 * an observed value (no interpolation), so 1..100 gives p50 = 50, p95 = 95, p99 = 99.
 * `sorted` must be ascending; returns null when it is empty.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile p must be within [0, 100], got ${p}`);
  const n = sorted.length;
  if (n === 0) return null;
  // (p * n) / 100 is exact for integer p; the epsilon guards fractional p against 1e-15 noise.
  const rank = Math.min(n, Math.max(1, Math.ceil((p * n) / 100 - 1e-9)));
  return sorted[rank - 1] ?? null;
}

// Non-finite values are ignored: a missing measurement must not poison the mean.
export function summarize(values: readonly number[]): Summary {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return { count: 0, p50: null, p95: null, p99: null, mean: null };
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sum / count,
  };
}
