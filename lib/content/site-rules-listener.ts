// Owns hearing that the per-site rules changed, so a switched-off site loses the button in every open tab at once.
import { browser } from 'wxt/browser';
import { messenger } from '../messaging/messenger';
import type { FieldWatcher } from './field-watcher';

export function listenForSiteRules(watcher: FieldWatcher): () => void {
  return messenger.onMessage('siteRulesChanged', ({ sender, data }) => {
    // Only our background sends it (our id, no tab), with no payload; checked by hand to keep zod out.
    if (sender.id !== browser.runtime.id || sender.tab || data !== undefined) return { ok: true as const };
    watcher.refreshSiteStatus();
    return { ok: true as const };
  });
}
