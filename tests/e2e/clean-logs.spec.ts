// The extension's own logs and reports stay clean in everyday use: what Chrome logs in the worker as an error of the
// extension is listed on chrome://extensions ("Errors"), where users read it as something broken, and a CSP
// violation shows in DevTools' Issues for every page that raises one.
import { test, expect } from './fixtures/test';
import { evaluateInContentScript } from './fixtures/isolated-world';
import { InlinePanel } from './page-objects/inline-panel';
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

test("the options page and the popup raise no CSP violation, and zod's JIT is off in the worker and the panel", async ({ context, extensionId, serviceWorker, configure, pages }) => {
  await configure({});
  for (const path of ['options.html', 'popup.html']) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const scope = window as unknown as { violations: string[] };
      scope.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => scope.violations.push(`${event.violatedDirective} ${event.sample}`));
    });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    // Each page builds its schemas as it loads; its first section shows once they are in use.
    await expect(page.getByRole('heading').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  }
  // Without it, zod probes `new Function` at its first schema, which the CSP refuses.
  expect(await serviceWorker.evaluate(() => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless)).toBe(true);
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  await new InlinePanel(page).open(page.locator('#note'));
  expect(await evaluateInContentScript(page, 'globalThis.__zod_globalConfig?.jitless === true')).toBe(true);
});
