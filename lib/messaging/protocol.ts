// Owns the one-shot message protocol: names, request and response schemas, and who may send each.
import { z } from 'zod';
import { SettingsSchema } from '../settings/schema';
import { CardOpenStatusSchema, SelectionJobSchema } from '../selection/selection-job';
import { WritingPrefsPatchSchema, WritingPrefsSchema } from '../writing/writing-prefs';
import { OPTIONS_MESSAGES } from './options-schemas';
import { POPUP_MESSAGES } from './popup-schemas';

// Who may send a message: extension pages (options, popup) or content scripts in tabs.
export type SenderKind = 'extension-page' | 'content-script';

const ok = z.object({ ok: z.literal(true) });

export const MESSAGES = {
  getSettings: {
    from: ['extension-page'],
    request: z.undefined(),
    response: z.object({ settings: SettingsSchema, hasApiKey: z.boolean() }),
  },
  saveSettings: {
    from: ['extension-page'],
    // apiKey: undefined keeps the stored key, '' removes it.
    request: z.object({ settings: z.unknown(), apiKey: z.string().max(4000).optional() }),
    response: z.discriminatedUnion('ok', [
      ok.extend({ settings: SettingsSchema }),
      z.object({ ok: z.literal(false), issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
    ]),
  },
  getSiteStatus: {
    from: ['content-script'],
    request: z.undefined(),
    response: z.object({ enabled: z.boolean() }),
  },
  // Background → content script: the keyboard command asks the focused frame to open the panel.
  openPanel: {
    from: ['extension-page'],
    request: z.undefined(),
    response: z.object({ opened: z.boolean() }),
  },
  openOptions: {
    from: ['content-script', 'extension-page'],
    request: z.undefined(),
    response: ok,
  },
  // Background → one frame: the context menu asks it to open the selection card for its selection.
  openSelectionCard: {
    from: ['extension-page'],
    request: SelectionJobSchema,
    response: z.object({ status: CardOpenStatusSchema }),
  },
  // Background → every frame of a tab: the repeat-template shortcut; the focused frame with a selection claims it.
  selectionShortcut: {
    from: ['extension-page'],
    request: z.undefined(),
    response: z.object({ claimed: z.boolean() }),
  },
  // Content script → background: "the shortcut is mine"; the browser's sender names the tab and frame.
  runSelectionShortcut: {
    from: ['content-script'],
    request: z.undefined(),
    response: ok,
  },
  // Content script → background: the inline panel's "Disable on this site"; the sender's frame URL names the site.
  disableSiteFromPage: {
    from: ['content-script'],
    request: z.undefined(),
    response: z.object({ site: z.string().max(253).nullable() }),
  },
  // Background → every frame of every tab: the site rules changed, ask getSiteStatus again.
  siteRulesChanged: {
    from: ['extension-page'],
    request: z.undefined(),
    response: ok,
  },
  // Content script → background: the panel's tone and length for the sender's site, and the translation language.
  getWritingPrefs: {
    from: ['content-script'],
    request: z.undefined(),
    response: WritingPrefsSchema,
  },
  // Content script → background: remember a choice; the sender's frame URL names the site, never the payload.
  saveWritingPrefs: {
    from: ['content-script'],
    request: WritingPrefsPatchSchema,
    response: ok,
  },
  // The options page's messages (providers, keys, cache, metrics, history, export).
  ...OPTIONS_MESSAGES,
  // The popup's messages (form fill, site switch, profiles).
  ...POPUP_MESSAGES,
} as const satisfies Record<string, { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType }>;

export type MessageName = keyof typeof MESSAGES;
export type MessageRequest<N extends MessageName> = z.input<(typeof MESSAGES)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['response']>;

export type ProtocolMap = { [N in MessageName]: (data: MessageRequest<N>) => MessageResponse<N> };
