// Owns the shapes of the pipeline's policies: generation, retry, rate limits, breaker, cache, filter.
import { z } from 'zod';

export const GenerationPolicySchema = z.object({
  systemPrompt: z.string().max(4000),
  // Concise mode adds "answer in at most N words" to cut output tokens.
  concise: z.boolean(),
  conciseWords: z.number().int().min(5).max(2000),
  maxTokens: z.number().int().min(1).max(32_000),
  temperature: z.number().min(0).max(2),
  // For requests that transform given text (fix grammar, translate, shorter, a template on a selection):
  // low, so the answer stays faithful and the same request gives the same answer.
  transformTemperature: z.number().min(0).max(2),
  // Target language for Translate and for answers; '' follows the browser.
  language: z.string().max(40),
});
export type GenerationPolicy = z.infer<typeof GenerationPolicySchema>;

export const RetryPolicySchema = z.object({
  maxRetries: z.number().int().min(0).max(10),
  baseDelayMs: z.number().int().min(0).max(60_000),
  maxDelayMs: z.number().int().min(0).max(300_000),
  firstTokenTimeoutMs: z.number().int().min(1000).max(600_000),
  idleTimeoutMs: z.number().int().min(1000).max(600_000),
  deadlineMs: z.number().int().min(1000).max(3_600_000),
});
export type RetryPolicy = z.infer<typeof RetryPolicySchema>;

export const BreakerPolicySchema = z.object({
  failureThreshold: z.number().int().min(1).max(100),
  cooldownMs: z.number().int().min(1000).max(3_600_000),
});
export type BreakerPolicy = z.infer<typeof BreakerPolicySchema>;

// Per provider; null means no client-side limit.
export const RateLimitPolicySchema = z.object({
  requestsPerMinute: z.number().int().min(1).max(100_000).nullable(),
  tokensPerMinute: z.number().int().min(1).max(100_000_000).nullable(),
});
export type RateLimitPolicy = z.infer<typeof RateLimitPolicySchema>;

export const BatchingPolicySchema = z.object({
  enabled: z.boolean(),
  // Only requests whose prompt is at most this many tokens are merged.
  maxPromptTokens: z.number().int().min(16).max(8000),
  maxBatchSize: z.number().int().min(2).max(50),
});
export type BatchingPolicy = z.infer<typeof BatchingPolicySchema>;

export const CachePolicySchema = z.object({
  enabled: z.boolean(),
  maxEntries: z.number().int().min(1).max(100_000),
  maxBytes: z.number().int().min(1024).max(500_000_000),
  ttlMs: z.number().int().min(1000).max(365 * 24 * 3_600_000),
  // Answers above this temperature vary by design: stored and served only with cacheAnyTemperature.
  maxTemperature: z.number().min(0).max(2),
  // An identical request within the time to live is answered from the cache whatever its temperature; the
  // answer says "from the cache" and offers Regenerate, which (like Retry) asks the model again.
  cacheAnyTemperature: z.boolean(),
});
export type CachePolicy = z.infer<typeof CachePolicySchema>;

export const FilterModeSchema = z.enum(['off', 'block', 'mask', 'warn']);
export const FilterPolicySchema = z.object({
  mode: FilterModeSchema,
  words: z.array(z.string().min(1).max(200)).max(10_000),
  // Regular expressions, checked for validity when saved.
  patterns: z.array(z.string().min(1).max(500)).max(1000),
  moderation: z.object({ enabled: z.boolean(), providerId: z.string().max(64).optional() }),
});
export type FilterPolicy = z.infer<typeof FilterPolicySchema>;

export const PriceSchema = z.object({
  // US dollars per million tokens.
  inputPerMillion: z.number().min(0).max(10_000),
  outputPerMillion: z.number().min(0).max(10_000),
});
export type Price = z.infer<typeof PriceSchema>;

export const SnippetSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(120),
  text: z.string().max(20_000),
  keywords: z.array(z.string().min(1).max(60)).max(50),
});
export type Snippet = z.infer<typeof SnippetSchema>;

// A prompt template the user wrote; shown in the context menu and the panel's quick actions.
export const UserTemplateSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1, { message: 'settings_error_templateTitle' }).max(80),
  // May use {{selection}}, {{page_title}}, {{url}}, {{language}}, {{field_text}}, {{field_label}}.
  prompt: z.string().trim().min(1, { message: 'settings_error_templatePrompt' }).max(20_000),
});
export type UserTemplate = z.infer<typeof UserTemplateSchema>;
