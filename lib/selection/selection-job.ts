// Owns the shape of a selection job: what the background asks a frame (or the result window) to run on a selection.
import { z } from 'zod';
import { MAX_CONTEXT_CHARS, MAX_PROMPT_CHARS } from '../messaging/generation-schemas';

// A template chosen from the menu (its instruction resolved by the background), or the custom prompt box.
export const SelectionActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('template'),
    templateId: z.string().min(1).max(80),
    title: z.string().min(1).max(120),
    instruction: z.string().trim().min(1).max(MAX_PROMPT_CHARS),
  }),
  z.object({ kind: z.literal('custom') }),
]);
export type SelectionAction = z.infer<typeof SelectionActionSchema>;

export const SelectionJobSchema = z.object({
  action: SelectionActionSchema,
  // From the tab the background saw (click info, tabs API), never from page script.
  pageUrl: z.string().max(4000).optional(),
  pageTitle: z.string().max(500).optional(),
  // Resolved by the background: the settings' language, or the browser's UI language when that is empty.
  language: z.string().min(1).max(80),
});
export type SelectionJob = z.infer<typeof SelectionJobSchema>;

// What the background hands the result window when no content script could take the job.
export const PendingResultSchema = z.object({
  job: SelectionJobSchema,
  selection: z.string().max(MAX_CONTEXT_CHARS),
  // True when the selection was cut to MAX_CONTEXT_CHARS before it was stored.
  cutFrom: z.number().int().positive().nullable(),
});
export type PendingResult = z.infer<typeof PendingResultSchema>;

// How the frame answered: opened the card, refused (sensitive field, invalid job), or found nothing selected.
export const CardOpenStatusSchema = z.enum(['opened', 'refused', 'no-selection']);
export type CardOpenStatus = z.infer<typeof CardOpenStatusSchema>;
