// Owns the one-shot message protocol: names, request and response schemas, and who may send each.
import { z } from 'zod';
import { SettingsSchema } from '../settings/schema';

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
} as const satisfies Record<string, { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType }>;

export type MessageName = keyof typeof MESSAGES;
export type MessageRequest<N extends MessageName> = z.input<(typeof MESSAGES)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['response']>;

export type ProtocolMap = { [N in MessageName]: (data: MessageRequest<N>) => MessageResponse<N> };
