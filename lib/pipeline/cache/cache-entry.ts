// Owns the shape of one stored cache entry and how its size is measured.
import { z } from 'zod';
import { UsageSchema } from '../../messaging/generation-schemas';
import type { FinishReason } from '../../providers/types';

export const CacheFinishReasonSchema = z.enum(['stop', 'length', 'other']) satisfies z.ZodType<FinishReason>;

export const CacheEntrySchema = z.object({
  text: z.string(),
  model: z.string(),
  targetId: z.string(),
  finishReason: CacheFinishReasonSchema,
  usage: UsageSchema.optional(),
  // Wall-clock write time: the TTL counts from here.
  createdAt: z.number(),
  // LRU stamp: strictly increasing across the cache, so the order survives a restart without ties.
  lastUsedAt: z.number(),
  bytes: z.number().int().nonnegative(),
});
export type CacheEntry = z.infer<typeof CacheEntrySchema>;

const encoder = new TextEncoder();

// UTF-8 byte length of the entry's JSON. `bytes` itself is left out so the measure never depends on itself.
export function entryBytes(entry: Omit<CacheEntry, 'bytes'> & { bytes?: number }): number {
  const { bytes: _bytes, ...rest } = entry;
  return encoder.encode(JSON.stringify(rest)).byteLength;
}
