// The worker's own log stays clean in everyday use: what Chrome logs there as an error of the extension is listed
// on chrome://extensions ("Errors"), where users read it as something broken.
import { test, expect } from './fixtures/test';
import { attachToTarget, findServiceWorker } from '../support/target-session';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';

test('site rules changed with the options page open: every tab is told, and the worker logs no unchecked runtime.lastError', async ({ context, extensionId, serviceWorker, configure, pages }) => {
  await configure({});
  const browser = context.browser();
  if (!browser) throw new Error('No browser');
  const browserSession = await browser.newBrowserCDPSession();
  const targetId = await findServiceWorker(browserSession, extensionId);
  if (!targetId) throw new Error('No service worker target');
  const logged: string[] = [];
  const session = await attachToTarget(browserSession, targetId, (method, params) => {
    const entry = params.entry as { level?: string; text?: string } | undefined;
    if (method === 'Log.entryAdded' && entry?.level === 'error') logged.push(entry.text ?? '');
  });
  await session.send('Log.enable');
  // Count the messages the worker sends to tabs, whichever API shape sends them.
  await serviceWorker.evaluate(() => {
    const tabs = chrome.tabs as unknown as { sendMessage: (...args: unknown[]) => unknown };
    const original = tabs.sendMessage.bind(chrome.tabs);
    const scope = globalThis as unknown as { tabMessages: number };
    scope.tabMessages = 0;
    tabs.sendMessage = (...args: unknown[]) => {
      scope.tabMessages++;
      return original(...args);
    };
  });

  // The options page is a tab without a content script; the web page has one.
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const tabCount = (await serviceWorker.evaluate(() => chrome.tabs.query({}))).length;
  await options.evaluate(
    (settings) => chrome.storage.sync.set({ settings: { ...settings, disabledSites: ['example.com'] } }),
    (await options.evaluate(() => chrome.storage.sync.get('settings'))).settings ?? DEFAULT_SETTINGS,
  );

  await expect.poll(() => serviceWorker.evaluate(() => (globalThis as unknown as { tabMessages: number }).tabMessages)).toBeGreaterThanOrEqual(tabCount);
  // The receiving end's refusal, when it is logged, comes back with the send's reply.
  await page.waitForTimeout(300);
  expect(logged).toEqual([]);
  await session.detach();
});
