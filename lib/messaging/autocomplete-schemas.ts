// Owns the autocomplete's one-shot messages: what the page reports, the popup's switch and cap, the dashboard row.
import { z } from 'zod';
import { SuggestOutcomeSchema } from '../autocomplete/suggest-schemas';
import { AutocompleteDaySchema } from '../metrics/autocomplete-usage';
import type { SenderKind } from './protocol';

const pageOnly: readonly SenderKind[] = ['extension-page'];
const TabIdSchema = z.number().int().nonnegative();

export const AutocompleteSwitchSchema = z.object({
  // The host the switch applies to; null on pages Draftsmith never runs on.
  site: z.string().max(253).nullable(),
  enabled: z.boolean(),
  // False when the site rules switch Draftsmith off here altogether (then the switch is disabled).
  siteAllowed: z.boolean(),
  // Set once today's usage reached the daily cap: suggestions stop until tomorrow.
  capReached: z.enum(['tokens', 'cost']).nullable(),
});
export type AutocompleteSwitch = z.infer<typeof AutocompleteSwitchSchema>;

export const AUTOCOMPLETE_MESSAGES = {
  autocompleteOutcome: { from: ['content-script'] as readonly SenderKind[], request: z.object({ outcome: SuggestOutcomeSchema }), response: z.object({ ok: z.literal(true) }) },
  getAutocompleteSwitch: { from: pageOnly, request: z.object({ tabId: TabIdSchema }), response: AutocompleteSwitchSchema },
  setAutocompleteEnabled: { from: pageOnly, request: z.object({ tabId: TabIdSchema, enabled: z.boolean() }), response: AutocompleteSwitchSchema },
  getAutocompleteStats: { from: pageOnly, request: z.undefined(), response: z.object({ days: z.array(AutocompleteDaySchema).max(400) }) },
} as const;
