// Owns keyboard commands declared in the manifest (remappable at chrome://extensions/shortcuts).
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/send-to-tab';

export const OPEN_PANEL_COMMAND = 'open-panel';

export function setupCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND || tab?.id === undefined) return;
    // Every frame hears it; only the one whose field has focus opens the panel. A tab without a content
    // script (browser pages) rejects: expected, nothing to open there.
    sendToTab('openPanel', undefined, tab.id).catch(() => undefined);
  });
}
