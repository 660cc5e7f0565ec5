// Owns giving the tabs already open at an install or an update the content script. Chrome injects a manifest's
// content scripts only into pages loaded after the install, and an update leaves each open tab's old copy cut
// off from the extension: a tab kept open for days (mail, a CMS) would offer nothing, or a Generate button that
// does nothing, until it is reloaded. Firefox injects into open tabs itself, so this is Chrome's only.
// Injecting needs host access, which the content script's match patterns do not grant: this reaches loopback and
// the sites the user granted. Elsewhere the old copy stands down at the next focus and says to reload the page
// (lib/content/stand-down.ts, lib/content/field-watcher.ts).
import { browser, type Browser } from 'wxt/browser';
import { EAGER_FILE } from '../manifest/script-files';
import { STAND_DOWN_EVENT } from '../content/stand-down';
import { diagnose } from '../diagnostics/diagnostics-log';

export type ScriptingApi = Pick<typeof browser, 'tabs' | 'scripting'>;

export function setupOpenTabInjection(): void {
  if (import.meta.env.BROWSER === 'firefox') return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    injectIntoOpenTabs(browser).catch(diagnose('startup', 'inject the content script into open tabs'));
  });
}

// Resolves with the number of tabs that got the script; a tab it cannot reach (browser pages, the web store, a
// site without host access) is skipped. With allFrames, a top frame out of reach fails the whole tab, so a
// granted site's iframe inside another site's page waits for that page's reload.
export async function injectIntoOpenTabs(api: ScriptingApi): Promise<number> {
  // A discarded tab loads again when shown, and the manifest's script comes with that load.
  const tabs = await api.tabs.query({ discarded: false });
  const injected = await Promise.allSettled(tabs.map((tab) => injectTab(api, tab)));
  return injected.filter((result) => result.status === 'fulfilled').length;
}

async function injectTab(api: ScriptingApi, tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) throw new Error('A tab without an id.');
  const target = { tabId: tab.id, allFrames: true };
  // From the new copy's world, before it runs: each frame's old copy takes its UI away first.
  await api.scripting.executeScript({ target, func: dispatchStandDown, args: [STAND_DOWN_EVENT] });
  await api.scripting.executeScript({ target, files: [`/${EAGER_FILE}`] });
}

// Serialised into the page by executeScript, so it may use only its argument.
function dispatchStandDown(type: string): void {
  document.dispatchEvent(new CustomEvent(type));
}
