// Owns the shape of a suggestion request and of the events streamed back over its port.
import { z } from 'zod';

export const SUGGEST_PORT = 'draftsmith/suggest';

// What the content side already trimmed (trim-context.ts); the limits only bound a hostile sender.
export const SuggestRequestSchema = z.object({
  before: z.string().max(4000),
  after: z.string().max(2000),
  pageTitle: z.string().max(500),
  // The page's declared language (<html lang>), '' when it declares none.
  language: z.string().max(40),
});
export type SuggestRequest = z.infer<typeof SuggestRequestSchema>;

export const SuggestClientEventSchema = z.object({ type: z.literal('start'), request: SuggestRequestSchema });
export type SuggestClientEvent = z.infer<typeof SuggestClientEventSchema>;

// Why no suggestion came: the cap is spent, the target is busy or paused, or autocomplete is off here.
export const SuggestDropReasonSchema = z.enum(['capped', 'rate-limited', 'off', 'failed']);
export type SuggestDropReason = z.infer<typeof SuggestDropReasonSchema>;

export const SuggestServerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delta'), text: z.string().max(2000) }),
  z.object({ type: z.literal('done'), text: z.string().max(2000), source: z.enum(['model', 'cache']) }),
  z.object({ type: z.literal('dropped'), reason: SuggestDropReasonSchema }),
]);
export type SuggestServerEvent = z.infer<typeof SuggestServerEventSchema>;

// What the page reports back, counted in the autocomplete metrics (the background cannot see it).
export const SuggestOutcomeSchema = z.enum(['shown', 'accepted-whole', 'accepted-word', 'dismissed']);
export type SuggestOutcome = z.infer<typeof SuggestOutcomeSchema>;
