// Page object for the selection card (in a page or a frame) and for driving the context menu like the browser does.
import { expect, type Frame, type FrameLocator, type Locator, type Page, type Worker } from '@playwright/test';

export class SelectionCard {
  // A page, or a frame locator when the card opens inside an iframe.
  constructor(private readonly scope: Page | FrameLocator) {}

  get dialog(): Locator {
    return this.scope.getByRole('dialog', { name: /^Draftsmith: / });
  }
  get result(): Locator {
    return this.dialog.getByRole('region', { name: 'Result' });
  }
  get status(): Locator {
    return this.dialog.getByRole('status');
  }
  // "Working on: …", the start of the text the card works on.
  get quote(): Locator {
    return this.dialog.locator('.quote');
  }
  get instruction(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Instruction' });
  }
  // What Draftsmith says beside the field when a menu item or the shortcut found nothing it may work on there.
  get fieldAlert(): Locator {
    return this.scope.locator('draftsmith-notice').getByRole('alert');
  }
  button(name: 'Copy' | 'Replace' | 'Insert below' | 'Retry' | 'Stop' | 'Close' | 'Send'): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }
}

export interface MenuClick {
  menuItemId: string;
  frameId?: number;
  selectionText?: string;
  editable?: boolean;
  // What the browser reports as the page's URL; defaults to the tab's.
  pageUrl?: string;
}

// The same listener a real right-click reaches: chrome.contextMenus.onClicked, dispatched in the worker with
// the real tab (the page must be in front) and the real frame id.
export async function clickMenu(worker: Worker, page: Page, click: MenuClick): Promise<void> {
  await page.bringToFront();
  await worker.evaluate(async ({ menuItemId, frameId = 0, selectionText, editable = false, pageUrl }) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('No active tab');
    const info = {
      menuItemId,
      parentMenuItemId: 'draftsmith',
      frameId,
      editable,
      selectionText,
      pageUrl: pageUrl ?? tab.url ?? '',
    } as chrome.contextMenus.OnClickData;
    (chrome.contextMenus.onClicked as unknown as { dispatch(info: chrome.contextMenus.OnClickData, tab: chrome.tabs.Tab): void }).dispatch(info, tab);
  }, click);
}

export async function pressRepeatShortcut(worker: Worker, page: Page): Promise<void> {
  await page.bringToFront();
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('No active tab');
    (chrome.commands.onCommand as unknown as { dispatch(command: string, tab: chrome.tabs.Tab): void }).dispatch('repeat-template', tab);
  });
}

// The extension's id for a frame, as click info carries it: the frame's content script sends a probe
// and a listener the test adds to the worker reads the browser-filled sender.frameId.
export async function extensionFrameId(worker: Worker, page: Page, frame: Frame): Promise<number> {
  await worker.evaluate(() => {
    const probe = new Promise<number>((resolve) => {
      const listener = (message: unknown, sender: chrome.runtime.MessageSender) => {
        if ((message as { frameIdProbe?: boolean } | null)?.frameIdProbe !== true) return;
        chrome.runtime.onMessage.removeListener(listener);
        resolve(sender.frameId ?? -1);
      };
      chrome.runtime.onMessage.addListener(listener);
    });
    (globalThis as { frameIdProbe?: Promise<number> }).frameIdProbe = probe;
  });
  // The content script is injected at document_idle, which may come after the frame's load event.
  await expect.poll(() => sendProbeFromContentScript(page, frame)).toBe(true);
  return worker.evaluate(() => (globalThis as { frameIdProbe?: Promise<number> }).frameIdProbe ?? -1);
}

// A cross-origin frame has its own target: evaluate in its Draftsmith content-script world.
async function sendProbeFromContentScript(page: Page, frame: Frame): Promise<boolean> {
  const cdp = await page.context().newCDPSession(frame);
  const worlds: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((candidate) => candidate.auxData?.type === 'isolated' && candidate.name === 'Draftsmith');
  if (world) {
    await cdp.send('Runtime.evaluate', { expression: 'chrome.runtime.sendMessage({ frameIdProbe: true }).catch(() => undefined)', contextId: world.id });
  }
  await cdp.detach();
  return world !== undefined;
}
