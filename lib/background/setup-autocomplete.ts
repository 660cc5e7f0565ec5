// Owns the background's autocomplete messages: the page's outcomes (shown, accepted, dismissed), the
// popup's per-site switch with the cap state, and the dashboard's daily counters.
import { browser } from 'wxt/browser';
import type { AutocompleteCounter } from '../metrics/autocomplete-usage';
import { capState } from '../metrics/autocomplete-usage';
import type { SuggestOutcome } from '../autocomplete/suggest-schemas';
import { handleMessage } from '../messaging/handle-message';
import { isAutocompleteOn, withSiteAutocomplete } from '../settings/autocomplete-schema';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { isSiteAllowed, siteKey } from '../settings/site-rules';
import { loadEffectiveSettings } from './effective-settings';
import { setupSuggestPort } from './setup-suggest-port';
import { autocompleteUsage } from './suggester-instance';

const COUNTER: Record<SuggestOutcome, AutocompleteCounter> = {
  shown: 'shown',
  'accepted-whole': 'acceptedWhole',
  'accepted-word': 'acceptedWord',
  dismissed: 'dismissed',
};

async function switchFor(tabId: number) {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? null;
  const site = url ? siteKey(url) : null;
  if (!url || site === null) return { site: null, enabled: false, siteAllowed: false, capReached: null };
  const settings = await loadEffectiveSettings();
  const cap = capState(await autocompleteUsage().today(), settings.autocomplete);
  return {
    site,
    enabled: isAutocompleteOn(settings.autocomplete, url),
    siteAllowed: isSiteAllowed(url, settings),
    capReached: cap.reached ? cap.kind : null,
  };
}

export function setupAutocomplete(): void {
  setupSuggestPort();

  handleMessage('autocompleteOutcome', async ({ outcome }) => {
    await autocompleteUsage().add({ [COUNTER[outcome]]: 1 });
    return { ok: true as const };
  });

  handleMessage('getAutocompleteSwitch', ({ tabId }) => switchFor(tabId));

  handleMessage('setAutocompleteEnabled', async ({ tabId, enabled }) => {
    const { site } = await switchFor(tabId);
    if (site === null) return switchFor(tabId);
    const settings = await loadSettings();
    await saveSettings({ ...settings, autocomplete: withSiteAutocomplete(settings.autocomplete, site, enabled) });
    return switchFor(tabId);
  });

  handleMessage('getAutocompleteStats', async () => ({ days: (await autocompleteUsage().days()).slice(0, 400) }));
}
