// Owns sharing a token budget between blocks: the largest are cut first, down to a common level.

// The highest level L with Σ min(size, L) ≤ capacity; Infinity when everything already fits.
// Blocks at or under L stay whole; larger ones are cut to L, so the largest block always shrinks first.
export function waterLevel(sizes: readonly number[], capacity: number): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let remaining = Math.max(0, capacity);
  for (let index = 0; index < sorted.length; index++) {
    const size = sorted[index] ?? 0;
    const left = sorted.length - index;
    if (size * left > remaining) return Math.floor(remaining / left);
    remaining -= size;
  }
  return Number.POSITIVE_INFINITY;
}
