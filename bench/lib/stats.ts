// Owns the summary statistics every benchmark reports: median, P99 and friends over repeated samples.

export interface Summary {
  n: number;
  median: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

// Linear interpolation between closest ranks, so P99 of a few hundred samples is not just the maximum.
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? a;
  return a + (b - a) * (rank - low);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

// Element-wise a − b of paired samples (taken alternately, so slow drift on a shared machine cancels).
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  return a.slice(0, Math.min(a.length, b.length)).map((value, index) => value - (b[index] ?? 0));
}

// Spread of the middle half: how far apart identical runs land, for figures that are too noisy to judge.
export function iqr(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return percentile(sorted, 75) - percentile(sorted, 25);
}
