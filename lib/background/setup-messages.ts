// Owns the background's one-shot message handlers: settings, site status, writing choices, opening options.
import { browser } from 'wxt/browser';
import { handleMessage } from '../messaging/handle-message';
import { getApiKey, setApiKey } from '../settings/secret-store';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { SettingsSchema } from '../settings/schema';
import { isSiteAllowed } from '../settings/site-rules';
import { loadEffectiveSettings } from './effective-settings';
import { senderPageUrl } from '../messaging/sender';
import { siteKey } from '../settings/site-rules';
import { loadWritingPrefs, saveWritingPrefs } from './writing-prefs-store';

export function setupMessages(): void {
  handleMessage('getSettings', async () => ({ settings: await loadSettings(), hasApiKey: (await getApiKey()) !== '' }));

  handleMessage('saveSettings', async ({ settings, apiKey }) => {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) {
      return {
        ok: false as const,
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      };
    }
    const saved = await saveSettings(parsed.data);
    if (apiKey !== undefined) await setApiKey(apiKey.trim());
    return { ok: true as const, settings: saved };
  });

  handleMessage('getSiteStatus', async (_data, sender) => {
    // Effective settings: the organisation's blocked and allowed sites apply too.
    const settings = await loadEffectiveSettings();
    const url = senderPageUrl(sender);
    return { enabled: url ? isSiteAllowed(url, settings) : false };
  });

  handleMessage('getWritingPrefs', async (_data, sender) => loadWritingPrefs(siteKey(senderPageUrl(sender) ?? '')));

  handleMessage('saveWritingPrefs', async (patch, sender) => {
    await saveWritingPrefs(siteKey(senderPageUrl(sender) ?? ''), patch);
    return { ok: true as const };
  });

  handleMessage('openOptions', async () => {
    await browser.runtime.openOptionsPage();
    return { ok: true as const };
  });
}
