// Owns the shape of a form-fill job: what the background keeps per tab in storage.session, so closing the popup
// or clicking the page loses nothing, and what the popup shows.
import { z } from 'zod';
import { GenerationErrorSchema } from '../errors/generation-error';
import { FieldValueSchema, FormFieldSchema } from './form-field';

export const MAX_INSTRUCTION_CHARS = 4000;

// reading: asking the page for its fields; asking: waiting for the model; ready: the preview;
// filling: writing into the page; filled: done, with Undo; error: see `error`.
export const FillJobStatusSchema = z.enum(['reading', 'asking', 'ready', 'filling', 'filled', 'error']);
export type FillJobStatus = z.infer<typeof FillJobStatusSchema>;

// One preview row: the value to write (the model's, then the user's edits) and the row's checkbox.
export const ProposalSchema = z.object({
  fieldId: z.string().max(300),
  value: FieldValueSchema,
  apply: z.boolean(),
  // The model gave a value (false: nothing to propose, or its value never validated).
  proposed: z.boolean(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

// What one fill changed, to undo it: the value before, and the value the page holds after.
export const FilledFieldSchema = z.object({
  fieldId: z.string().max(300),
  previous: FieldValueSchema,
  current: FieldValueSchema,
});
export type FilledField = z.infer<typeof FilledFieldSchema>;

export const FillJobErrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('generation'), error: GenerationErrorSchema }),
  // The page has no field Draftsmith may fill.
  z.object({ kind: z.literal('no-fields') }),
  // The browser would not let the extension into the page (a store page, a PDF, no permission).
  z.object({ kind: z.literal('no-access'), message: z.string().max(500) }),
  // The worker restarted while the job ran.
  z.object({ kind: z.literal('interrupted') }),
  // The tab moved to another page (navigated, reloaded elsewhere) before the values went in.
  z.object({ kind: z.literal('page-changed') }),
]);
export type FillJobError = z.infer<typeof FillJobErrorSchema>;

// Counts of the last fill or undo: written, and left alone because the user changed them or they vanished.
export const WriteSummarySchema = z.object({
  action: z.enum(['fill', 'undo']),
  written: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});
export type WriteSummary = z.infer<typeof WriteSummarySchema>;

export const FillJobSchema = z.object({
  id: z.string().min(1).max(64),
  tabId: z.number().int().nonnegative(),
  createdAt: z.number().int().nonnegative(),
  status: FillJobStatusSchema,
  instruction: z.string().max(MAX_INSTRUCTION_CHARS),
  profileId: z.string().max(64).nullable(),
  pageUrl: z.string().max(4000),
  pageTitle: z.string().max(500),
  fields: z.array(FormFieldSchema).max(1000),
  proposals: z.array(ProposalSchema).max(1000),
  requests: z.number().int().nonnegative(),
  model: z.string().max(200).nullable(),
  fellBack: z.boolean(),
  repaired: z.boolean(),
  error: FillJobErrorSchema.nullable(),
  filled: z.array(FilledFieldSchema).max(1000),
  lastWrite: WriteSummarySchema.nullable(),
  // Origins of frames on the page that the extension may not enter (no host permission): their fields are
  // missing from the job until the user allows Draftsmith there.
  blockedOrigins: z.array(z.string().max(300)).max(20).default([]),
});
export type FillJob = z.infer<typeof FillJobSchema>;
