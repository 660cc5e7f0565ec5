// Owns hearing that the per-site rules changed, so a switched-off site loses the button in every open tab at once.
import { extensionApi } from '../platform/extension-api';
import type { FieldWatcher } from './field-watcher';
import type { BackgroundSender } from './interaction-api';

export function answerSiteRulesChanged(watcher: FieldWatcher, data: unknown, sender: BackgroundSender): { ok: true } {
  // Only our background sends it (our id, no tab), with no payload; checked by hand to keep zod out.
  if (sender.id !== extensionApi().runtime.id || sender.tab || data !== undefined) return { ok: true };
  watcher.refreshSiteStatus();
  return { ok: true };
}
