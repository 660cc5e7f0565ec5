// Owns the popup's one-shot messages: the form-fill job of a tab, the per-site switch and form-fill profiles.
import { z } from 'zod';
import { FillJobSchema, MAX_INSTRUCTION_CHARS, ProposalSchema } from '../forms/fill-job';
import { MAX_PROFILES, ProfileSchema } from '../settings/profile-schema';
import type { SenderKind } from './protocol';

const pageOnly: readonly SenderKind[] = ['extension-page'];
const TabIdSchema = z.number().int().nonnegative();
const JobIdSchema = z.string().min(1).max(64);
const JobReply = z.object({ job: FillJobSchema.nullable() });

// The rows as the user left them in the preview: value and checkbox.
export const ProposalEditSchema = ProposalSchema.pick({ fieldId: true, value: true, apply: true });
export type ProposalEdit = z.infer<typeof ProposalEditSchema>;

export const SiteSwitchSchema = z.object({
  // The host the switch applies to; null on pages Draftsmith never runs on (browser pages, the web store).
  site: z.string().max(253).nullable(),
  enabled: z.boolean(),
  // Why Draftsmith is off here although the user never switched the site off: the user's own list of allowed
  // sites leaves it out, or the organisation's policy does. The switch cannot change that, so the popup says so.
  ruledOut: z.enum(['allowed-sites', 'policy']).nullable().default(null),
});
export type SiteSwitch = z.infer<typeof SiteSwitchSchema>;

export const POPUP_MESSAGES = {
  formFillGet: { from: pageOnly, request: z.object({ tabId: TabIdSchema }), response: JobReply },
  formFillStart: {
    from: pageOnly,
    request: z.object({ tabId: TabIdSchema, instruction: z.string().trim().min(1).max(MAX_INSTRUCTION_CHARS), profileId: z.string().max(64).nullable() }),
    response: JobReply,
  },
  formFillEdit: {
    from: pageOnly,
    request: z.object({ tabId: TabIdSchema, jobId: JobIdSchema, proposals: z.array(ProposalEditSchema).max(1000) }),
    response: JobReply,
  },
  formFillApply: {
    from: pageOnly,
    request: z.object({ tabId: TabIdSchema, jobId: JobIdSchema, proposals: z.array(ProposalEditSchema).max(1000) }),
    response: JobReply,
  },
  formFillUndo: { from: pageOnly, request: z.object({ tabId: TabIdSchema, jobId: JobIdSchema }), response: JobReply },
  formFillDiscard: { from: pageOnly, request: z.object({ tabId: TabIdSchema }), response: JobReply },
  getSiteSwitch: { from: pageOnly, request: z.object({ tabId: TabIdSchema }), response: SiteSwitchSchema },
  setSiteEnabled: { from: pageOnly, request: z.object({ tabId: TabIdSchema, enabled: z.boolean() }), response: SiteSwitchSchema },
  saveProfiles: {
    from: pageOnly,
    request: z.object({ profiles: z.array(z.unknown()).max(MAX_PROFILES) }),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), profiles: z.array(ProfileSchema) }),
      z.object({ ok: z.literal(false), issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
    ]),
  },
} as const;
