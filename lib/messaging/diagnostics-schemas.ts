// Owns the diagnostics messages: pages and content scripts report a swallowed failure; the options page reads
// the log with the versions a bug report needs, and clears it.
import { z } from 'zod';
import { DiagnosticEntrySchema } from '../diagnostics/diagnostic-entry';
import type { SenderKind } from './protocol';

const ok = z.object({ ok: z.literal(true) });
const pageOnly: readonly SenderKind[] = ['extension-page'];

export const DiagnosticsViewSchema = z.object({
  entries: z.array(DiagnosticEntrySchema),
  extensionVersion: z.string().max(40),
  browser: z.string().max(300),
});
export type DiagnosticsView = z.infer<typeof DiagnosticsViewSchema>;

export const DIAGNOSTICS_MESSAGES = {
  reportDiagnostic: {
    from: ['content-script', 'extension-page'],
    // Only the stages a page or content script owns: one cannot write entries in the background's name.
    request: DiagnosticEntrySchema.extend({ stage: z.enum(['panel', 'selection', 'options', 'popup']) }),
    response: ok,
  },
  getDiagnostics: {
    from: pageOnly,
    request: z.undefined(),
    response: DiagnosticsViewSchema,
  },
  clearDiagnostics: {
    from: pageOnly,
    request: z.undefined(),
    response: ok,
  },
} as const;
