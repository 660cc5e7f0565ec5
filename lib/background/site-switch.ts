// Owns the page side of the per-site switch: the panel's "Disable on this site", and telling open tabs
// whenever the site rules change (from the panel, the popup, the options page or another synced device).
import { browser } from 'wxt/browser';
import { handleMessage } from '../messaging/handle-message';
import { sendToTab } from '../messaging/send-to-tab';
import { senderPageUrl } from '../messaging/sender';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { isSiteEnabled, siteKey } from '../settings/site-rules';
import { isPolicyChange } from '../settings/policy-change';

export function setupSiteSwitch(): void {
  handleMessage('disableSiteFromPage', async (_data, sender) => {
    const url = senderPageUrl(sender) ?? '';
    const site = siteKey(url);
    if (site === null) return { site: null };
    const settings = await loadSettings();
    if (isSiteEnabled(url, settings.disabledSites)) {
      await saveSettings({ ...settings, disabledSites: [...settings.disabledSites, site] });
    }
    return { site };
  });

  browser.storage.onChanged.addListener((changes, area) => {
    const settings = changes.settings;
    const siteRulesChanged =
      isPolicyChange(changes, area) || (area === 'sync' && settings !== undefined && siteRulesOf(settings.oldValue) !== siteRulesOf(settings.newValue));
    if (siteRulesChanged) void tellEveryTab();
  });
}

// Compared as text: stored settings may be of an older version, and only the site lists and the
// autocomplete switches (which decide whether a page listens to keystrokes) matter here.
function siteRulesOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const { disabledSites, allowedSites, autocomplete } = value as { disabledSites?: unknown; allowedSites?: unknown; autocomplete?: { enabled?: unknown; sites?: unknown } };
  return JSON.stringify([disabledSites ?? null, allowedSites ?? null, autocomplete?.enabled ?? null, autocomplete?.sites ?? null]);
}

// Every frame of every tab re-asks once; tabs without our content script (browser pages) just refuse.
async function tellEveryTab(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    // Tabs without a content script (browser pages, discarded tabs) reject: expected, they ask again on load.
    tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab('siteRulesChanged', undefined, tab.id).catch(() => undefined))),
  );
}
