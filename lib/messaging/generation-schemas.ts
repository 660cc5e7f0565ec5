// Owns the shape of a generation request and of the events streamed back over its port.
import { z } from 'zod';
import { ErrorCodeSchema, GenerationErrorSchema } from '../errors/generation-error';
import { ConversationTurnsSchema } from '../prompts/conversation-turns';
import { VariantSchema, WritingStyleSchema } from '../prompts/writing-style';

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

// Structured output: the answer must be JSON following this schema (form fill), or any JSON object.
export const ResponseFormatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('json_schema'), name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/), schema: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('json_object') }),
]);

// What the user did, for naming the history entry in their words: typed words, a template (a built-in's
// i18n key, so it reads in the UI language), or a form fill of some fields.
export const RequestActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('prompt') }),
  z.object({ kind: z.literal('template'), title: z.string().min(1).max(120), titleKey: z.string().regex(/^[A-Za-z0-9_]+$/).max(64).optional() }),
  z.object({ kind: z.literal('form-fill'), fields: z.number().int().nonnegative() }),
]);
export type RequestAction = z.infer<typeof RequestActionSchema>;

export const RequestLabelSchema = z.object({
  action: RequestActionSchema,
  // The user's own words (a typed prompt or fill instruction), never a template's or the system's text.
  words: z.string().max(MAX_PROMPT_CHARS).optional(),
});
export type RequestLabel = z.infer<typeof RequestLabelSchema>;

export const GenerationRequestSchema = z.object({
  prompt: z.string().trim().min(1).max(MAX_PROMPT_CHARS),
  context: GenerationContextSchema.default({}),
  source: z.enum(['inline', 'context-menu', 'popup']),
  // Interactive requests go before bulk ones (form fill, queued jobs) in a target's rate-limit queue.
  priority: z.enum(['interactive', 'bulk']).default('interactive'),
  // Skip the cache and ask the model again.
  regenerate: z.boolean().default(false),
  // 'transform': the request reworks given text (fix grammar, translate, a template on a selection) and runs at
  // the settings' transform temperature; 'compose' writes something new at the usual one.
  task: z.enum(['compose', 'transform']).default('compose'),
  responseFormat: ResponseFormatSchema.optional(),
  // Overrides the settings' max tokens (a form fill needs room for every field's answer).
  maxTokens: z.number().int().min(1).max(32_000).optional(),
  // Names the history entry; the pipeline does not read it otherwise.
  label: RequestLabelSchema.optional(),
  // Refine: the earlier answers and follow-up instructions after the first user message, in order.
  turns: ConversationTurnsSchema.optional(),
  // Tone and length presets for a rewrite; absent for anything else.
  style: WritingStyleSchema.optional(),
  // Which of the Variants this is (1–3): part of the prompt and the cache key, so the three are never
  // coalesced or answered from one cache entry.
  variant: VariantSchema.optional(),
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

// Things the user should know while a generation runs, shown in the panel's status line.
export const NoticeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('trimmed'),
    field: z.enum(['fieldText', 'selection', 'pageText']),
    originalTokens: z.number().int().nonnegative(),
    keptTokens: z.number().int().nonnegative(),
  }),
  z.object({ kind: z.literal('waiting'), reason: z.enum(['rate-limit', 'queue']), ms: z.number().nonnegative() }),
  // `attempt` counts retries (1 = the first); `attempts` is the most attempts this target gets in all.
  z.object({
    kind: z.literal('retrying'),
    attempt: z.number().int().positive(),
    attempts: z.number().int().positive().optional(),
    delayMs: z.number().nonnegative(),
    reason: ErrorCodeSchema,
  }),
  z.object({ kind: z.literal('fallback'), from: z.string(), to: z.string(), reason: ErrorCodeSchema }),
  z.object({ kind: z.literal('filtered'), mode: z.enum(['mask', 'warn']), hits: z.number().int().positive() }),
]);
export type Notice = z.infer<typeof NoticeSchema>;

// Where an answer came from: the model, the cache, an expired cache entry when every model failed, or a snippet.
export const AnswerSourceSchema = z.enum(['model', 'cache', 'stale-cache', 'snippet']);
export type AnswerSource = z.infer<typeof AnswerSourceSchema>;

// Background → client.
export const ServerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), jobId: z.string(), model: z.string() }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('notice'), notice: NoticeSchema }),
  z.object({
    type: z.literal('done'),
    model: z.string(),
    finishReason: z.enum(['stop', 'length', 'other']),
    usage: UsageSchema.optional(),
    source: AnswerSourceSchema.default('model'),
    fallbackUsed: z.boolean().default(false),
    // The `providerId/model` that served; absent for snippets.
    targetId: z.string().optional(),
    // Answered by one merged call together with other queued requests.
    batched: z.boolean().default(false),
  }),
  // `partial` is true when some text arrived before the failure: the UI keeps it, marked incomplete.
  // `queued` is true when the job waits in the offline queue and will finish when the network returns.
  z.object({
    type: z.literal('error'),
    error: GenerationErrorSchema,
    partial: z.boolean(),
    queued: z.boolean().default(false),
  }),
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;
export type ServerEventInput = z.input<typeof ServerEventSchema>;
