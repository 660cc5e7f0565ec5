// Owns reading OpenAI-style x-ratelimit-* response headers into limits, remaining counts and reset delays.
import { z } from 'zod';
import { parseDurationMs } from '../../providers/retry-after';
import type { Dimension } from './limiter-state';

export const DimensionHintSchema = z.object({
  limit: z.number().int().positive().optional(),
  remaining: z.number().min(0).optional(),
  resetMs: z.number().min(0).optional(),
});
export type DimensionHint = z.infer<typeof DimensionHintSchema>;

const CountSchema = z.coerce.number().finite().min(0);

function readCount(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const parsed = CountSchema.safeParse(raw.trim());
  return parsed.success ? parsed.data : undefined;
}

export function readRateLimitHeaders(headers: Headers): Record<Dimension, DimensionHint> {
  const read = (dimension: Dimension): DimensionHint => {
    const limit = readCount(headers, `x-ratelimit-limit-${dimension}`);
    const hint: DimensionHint = {
      limit: limit !== undefined && limit >= 1 ? Math.floor(limit) : undefined,
      remaining: readCount(headers, `x-ratelimit-remaining-${dimension}`),
      resetMs: parseDurationMs(headers.get(`x-ratelimit-reset-${dimension}`)),
    };
    // Values are validated above; the schema stays the single statement of the shape.
    return DimensionHintSchema.safeParse(hint).data ?? {};
  };
  return { requests: read('requests'), tokens: read('tokens') };
}
