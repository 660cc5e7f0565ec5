// Owns the response cache key: a SHA-256 over the canonical JSON of everything that shapes an answer.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { ChatMessageSchema } from '../../providers/types';

export const CacheKeyInputSchema = z.object({
  // Chain target ids in order: the same prompt sent to another chain may get another answer.
  targets: z.array(z.string()),
  messages: z.array(ChatMessageSchema),
  maxTokens: z.number(),
  temperature: z.number(),
  responseFormat: z.unknown().optional(),
  // Which of the Variants: each is its own answer, even where its messages came out the same.
  variant: z.number().optional(),
});
export type CacheKeyInput = z.infer<typeof CacheKeyInputSchema>;

// JSON.stringify with object keys sorted at every depth, so property order never changes the text.
// Follows JSON.stringify otherwise: toJSON is honoured, undefined/functions/symbols are dropped from
// objects and become null in arrays, non-finite numbers become null, cycles and bigints throw.
export function canonicalJson(value: unknown): string {
  return write(value, new Set()) ?? 'null';
}

function write(input: unknown, ancestors: Set<object>): string | undefined {
  const value = hasToJson(input) ? input.toJSON() : input;
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'bigint') throw new TypeError('canonicalJson: cannot serialize a bigint');
  if (typeof value !== 'object') return undefined;
  if (ancestors.has(value)) throw new TypeError('canonicalJson: cyclic structure');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value.map((item: unknown) => write(item, ancestors) ?? 'null').join(',')}]`;
    }
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    // Plain code-unit order, the same on every engine (unlike property enumeration for integer-like keys).
    for (const key of Object.keys(record).sort()) {
      const text = write(record[key], ancestors);
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

function hasToJson(value: unknown): value is { toJSON: () => unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

// Refine's earlier turns are in `messages`, so a refined answer never reuses the unrefined one's entry.
// Hex SHA-256, computed in place by @noble/hashes: WebCrypto's digest answers in a later task, which put
// about a millisecond between Enter and the request leaving for a hash of a few kilobytes that takes
// microseconds. Only the listed fields are hashed, so passing a wider object (say a ChatCall with its
// signal) cannot change the key.
export async function cacheKey(request: CacheKeyInput): Promise<string> {
  const material = canonicalJson({
    targets: request.targets,
    messages: request.messages,
    maxTokens: request.maxTokens,
    temperature: request.temperature,
    responseFormat: request.responseFormat,
    variant: request.variant,
  });
  return bytesToHex(sha256(utf8ToBytes(material)));
}
