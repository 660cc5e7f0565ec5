// Owns the shapes buildPrompt takes and returns: the request it reads, the budget, the built prompt and trim reports.
import { z } from 'zod';
import { ChatMessageSchema } from '../providers/types';
import { ConversationTurnsSchema } from './conversation-turns';
import { PromptContextSchema, TrimmableFieldSchema } from './data-blocks';
import { VariantSchema, WritingStyleSchema } from './writing-style';

// What of a GenerationRequest the prompt depends on (a GenerationRequest is one).
export const PromptRequestSchema = z.object({
  prompt: z.string(),
  context: PromptContextSchema,
  turns: ConversationTurnsSchema.optional(),
  style: WritingStyleSchema.optional(),
  variant: VariantSchema.optional(),
});
export type PromptRequest = z.infer<typeof PromptRequestSchema>;

// Tokens kept free for the provider's own framing and tokenizer differences.
export const DEFAULT_RESERVE_TOKENS = 64;

export const PromptBudgetSchema = z.object({
  contextTokens: z.number().int().positive(),
  reserveTokens: z.number().int().nonnegative().optional(),
});
export type PromptBudget = z.infer<typeof PromptBudgetSchema>;

// Same fields as the 'trimmed' notice, so the pipeline can forward it as is.
export const TrimReportSchema = z.object({
  field: TrimmableFieldSchema,
  originalTokens: z.number().int().nonnegative(),
  keptTokens: z.number().int().nonnegative(),
});
export type TrimReport = z.infer<typeof TrimReportSchema>;

export const BuiltPromptSchema = z.object({
  messages: z.array(ChatMessageSchema).min(1),
  maxTokens: z.number().int().positive(),
  // Exact o200k count when counting was needed; otherwise the upper-bound estimate (see promptTokensExact).
  promptTokens: z.number().int().nonnegative(),
  promptTokensExact: z.boolean(),
  // The block that lost the most tokens, for the UI's notice; `trims` lists every trimmed block.
  trimmed: TrimReportSchema.nullable(),
  trims: z.array(TrimReportSchema),
});
export type BuiltPrompt = z.infer<typeof BuiltPromptSchema>;
