// Owns the shape of a generation request and of the events streamed back over its port.
import { z } from 'zod';
import { GenerationErrorSchema } from '../errors/generation-error';

export const MAX_PROMPT_CHARS = 20_000;
export const MAX_CONTEXT_CHARS = 200_000;

export const GenerationContextSchema = z.object({
  fieldText: z.string().max(MAX_CONTEXT_CHARS).optional(),
  fieldLabel: z.string().max(500).optional(),
  selection: z.string().max(MAX_CONTEXT_CHARS).optional(),
  pageTitle: z.string().max(500).optional(),
  pageUrl: z.string().max(4000).optional(),
});
export type GenerationContext = z.infer<typeof GenerationContextSchema>;

export const GenerationRequestSchema = z.object({
  prompt: z.string().trim().min(1).max(MAX_PROMPT_CHARS),
  context: GenerationContextSchema.default({}),
  source: z.enum(['inline', 'context-menu', 'popup']),
  // Skip the cache and ask the model again.
  regenerate: z.boolean().default(false),
});
export type GenerationRequest = z.infer<typeof GenerationRequestSchema>;
export type GenerationRequestInput = z.input<typeof GenerationRequestSchema>;

export const UsageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  estimated: z.boolean(),
});
export type Usage = z.infer<typeof UsageSchema>;

export const GENERATION_PORT = 'draftsmith/generate';

// Client → background.
export const ClientEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), request: GenerationRequestSchema }),
  z.object({ type: z.literal('stop') }),
]);
export type ClientEvent = z.infer<typeof ClientEventSchema>;
export type ClientEventInput = z.input<typeof ClientEventSchema>;

// Background → client.
export const ServerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), jobId: z.string(), model: z.string() }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({
    type: z.literal('done'),
    model: z.string(),
    finishReason: z.enum(['stop', 'length', 'other']),
    usage: UsageSchema.optional(),
  }),
  // `partial` is true when some text arrived before the failure: the UI keeps it, marked incomplete.
  z.object({ type: z.literal('error'), error: GenerationErrorSchema, partial: z.boolean() }),
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;
