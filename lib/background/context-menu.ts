// Owns wiring the selection context menu: building it from the settings, answering clicks and the repeat shortcut.
import { browser, type Browser } from 'wxt/browser';
import { isMessageKey, t } from '../i18n/t';
import { handleMessage } from '../messaging/handle-message';
import { sendToTab } from '../messaging/send-to-tab';
import { MESSAGES } from '../messaging/protocol';
import type { SelectionJob } from '../selection/selection-job';
import { parseMenuItemId, type MenuChoice } from './context-menu-items';
import { createMenuSync, isSettingsChange, type MenusApi } from './context-menu-sync';
import { loadEffectiveSettings } from './effective-settings';
import { recallChoice, rememberChoice } from './last-choice';
import { deliverSelectionJob, type JobTarget } from './open-selection-job';
import { openResultWindow } from './result-window';
import { isMenuAllowed, resolveSelectionJob, type PageFacts } from './selection-jobs';
import { diagnose } from '../diagnostics/diagnostics-log';

export const REPEAT_TEMPLATE_COMMAND = 'repeat-template';

const translate = (key: string) => (isMessageKey(key) ? t(key) : key);

export function setupContextMenu(): void {
  const sync = createMenuSync({ menus: browserMenus(), loadTemplates: async () => (await loadEffectiveSettings()).templates, translate });
  // A failed rebuild leaves the previous menu; the next settings change tries again.
  const rebuild = () => void sync.rebuild().catch(diagnose('context-menu', 'rebuild menu'));
  browser.runtime.onInstalled.addListener(rebuild);
  browser.runtime.onStartup.addListener(rebuild);
  browser.storage.onChanged.addListener((changes, area) => {
    if (isSettingsChange(changes, area)) rebuild();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const choice = parseMenuItemId(info.menuItemId);
    if (!choice) return;
    const target: JobTarget = { tabId: tab?.id, frameId: info.frameId ?? 0, selectionText: info.selectionText ?? '' };
    runChoice(choice, target, { url: info.pageUrl || tab?.url, title: tab?.title }, info.frameUrl).catch(diagnose('context-menu', 'run menu choice'));
  });

  // The shortcut carries no frame: every frame of the tab hears it, and the one with focus and a
  // selection answers with runSelectionShortcut, which tells us its frame through the browser's sender.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== REPEAT_TEMPLATE_COMMAND || tab?.id === undefined) return;
    // A tab without a content script (browser pages, the web store) has no one to answer: expected.
    sendToTab('selectionShortcut', undefined, tab.id).catch(() => undefined);
  });
  handleMessage('runSelectionShortcut', async (_data, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return { ok: true as const };
    const choice: MenuChoice = (await recallChoice()) ?? { kind: 'custom' };
    // The tab closed meanwhile: the sender's own URL is the fallback below.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    runChoice(choice, { tabId, frameId: sender.frameId, selectionText: '' }, { url: tab?.url ?? sender.url, title: tab?.title }, sender.url).catch(diagnose('context-menu', 'run shortcut choice'));
    return { ok: true as const };
  });
}

async function runChoice(choice: MenuChoice, target: JobTarget, page: PageFacts, frameUrl: string | undefined): Promise<void> {
  // The settings the background acts on, with the organisation's policy laid over them.
  const settings = await loadEffectiveSettings();
  if (!isMenuAllowed([page.url, frameUrl], settings)) return;
  const job = resolveSelectionJob(choice, { settings, page, uiLanguage: browser.i18n.getUILanguage(), translate });
  if (!job) return;
  await rememberChoice(choice);
  await deliverSelectionJob(job, target, { askFrame, openWindow: openResultWindow });
}

async function askFrame(job: SelectionJob, tabId: number, frameId: number) {
  const reply = await sendToTab('openSelectionCard', job, { tabId, frameId });
  // The reply comes from a page's process: checked like any other input.
  return MESSAGES.openSelectionCard.response.parse(reply).status;
}

function browserMenus(): MenusApi {
  return {
    removeAll: () => browser.contextMenus.removeAll(),
    create: (item) =>
      new Promise<void>((resolve) => {
        const common = { id: item.id, contexts: item.contexts, parentId: item.parentId };
        const properties: Browser.contextMenus.CreateProperties =
          item.type === 'separator' ? { ...common, type: 'separator' } : { ...common, type: 'normal', title: item.title };
        // A failed item (say, an odd title) must not stop the rest of the menu.
        browser.contextMenus.create(properties, () => resolve(void browser.runtime.lastError));
      }),
  };
}
