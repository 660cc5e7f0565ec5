// Autocomplete's switches a user reaches: the global one in the options page, the per-site one in the popup, and the
// popup's notice once the daily cap stopped suggestions; with screenshots of each and of the ghost text, light and dark.
import { expect, test } from './fixtures/test';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { EditorPage } from './page-objects/editor-page';
import { GhostText } from './page-objects/ghost-text';
import { PopupPage, tabIdOf } from './page-objects/popup-page';
import type { Page, Worker } from '@playwright/test';

const SHOTS = 'test-results/screenshots';
const SCHEMES = ['light', 'dark'] as const;
const REPLY = 'the quick reply. It helped a lot.';

const storedAutocomplete = (worker: Worker) =>
  worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as Settings).autocomplete);

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/autocomplete-${name}-${scheme}.png` });
  }
}

test('the options page switches autocomplete on for every site, at once', async ({ context, extensionId, serviceWorker, configure }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#autocomplete`);
  const toggle = page.getByRole('switch', { name: 'Autocomplete as you type' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect.poll(async () => (await storedAutocomplete(serviceWorker)).enabled).toBe(true);
  await expect(page.getByLabel('Model for suggestions')).toBeVisible();
  await shoot(page, 'options');
});

test('the popup switches autocomplete for this site and says when the daily cap stopped it', async ({ context, extensionId, serviceWorker, configure, pages, llm }) => {
  // The smallest cap: one suggestion's prompt spends it.
  await configure({ settings: { autocomplete: { ...DEFAULT_SETTINGS.autocomplete, dailyTokenCap: 100 } } });
  llm.script({ kind: 'ok', reply: REPLY, times: -1 });
  const url = `${pages.url}/textarea.html`;
  const page = await context.newPage();
  await page.goto(url);
  let popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  const toggle = popup.page.getByRole('switch', { name: 'Autocomplete on 127.0.0.1' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect.poll(async () => (await storedAutocomplete(serviceWorker)).sites).toEqual({ '127.0.0.1': true });
  await popup.page.close();

  const ghost = new GhostText(page);
  await page.bringToFront();
  await page.locator('#note').click();
  await page.keyboard.press('Control+End');
  await ghost.waitUntilListening('#note');
  await page.keyboard.type(' Thanks for ', { delay: 60 });
  await expect.poll(() => ghost.text()).toBe('the quick reply.');
  await page.setViewportSize({ width: 700, height: 360 });
  await shoot(page, 'textarea');

  popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await expect(popup.page.getByText("Autocomplete stopped: today's token cap is reached.")).toBeVisible();
  await popup.page.setViewportSize({ width: 420, height: 420 });
  await shoot(popup.page, 'popup');
});

test('screenshot: ghost text in a rich editor', async ({ context, pages, configure, llm }) => {
  await configure({ settings: { autocomplete: { ...DEFAULT_SETTINGS.autocomplete, enabled: true } } });
  llm.script({ kind: 'ok', reply: REPLY, times: -1 });
  const editor = new EditorPage(await context.newPage(), { name: 'Tiptap', file: 'tiptap.html', field: '.ProseMirror' });
  const ghost = new GhostText(editor.page);
  await editor.goto(pages.url);
  await editor.caretToEnd();
  await ghost.waitUntilListening('.ProseMirror');
  await editor.page.keyboard.type(' Thanks for ', { delay: 60 });
  await expect.poll(() => ghost.text()).toBe('the quick reply.');
  await editor.page.setViewportSize({ width: 700, height: 360 });
  await shoot(editor.page, 'rich-editor');
});
