// Five tabs generating at once while the popup fills a form: every request completes or fails
// cleanly, and no reply lands in the wrong tab.
import { test, expect } from '../fixtures/test';
import { InlinePanel } from '../page-objects/inline-panel';
import { PopupPage, tabIdOf } from '../page-objects/popup-page';

test('five tabs and a form fill at once: each answer lands in its own tab', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  test.setTimeout(90_000);
  // Slow streams so all six overlap; a distinct prompt per tab makes a crossed reply visible.
  await configure({});
  llm.script({ kind: 'ok', chunkDelayMs: 60, times: -1, match: { contains: 'Tab number' } });
  const tabs = await Promise.all(
    Array.from({ length: 5 }, async (_, i) => {
      const page = await context.newPage();
      await page.goto(`${pages.url}/textarea.html`);
      const panel = new InlinePanel(page);
      await panel.open(page.locator('#note'));
      await panel.prompt.fill(`Tab number ${i} speaking`);
      return { page, panel, i };
    }),
  );
  const formUrl = `${pages.url}/forms/job-application.html`;
  const form = await context.newPage();
  await form.goto(formUrl);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, formUrl));

  // Send all five, then start the fill while they stream.
  await Promise.all(tabs.map(({ panel }) => panel.prompt.press('Enter')));
  await popup.suggest('Fill it in for Ann.');

  for (const { panel, i } of tabs) {
    await expect(panel.status).toContainText('Done', { timeout: 30_000 });
    // The test server echoes the tab's own instruction (and its fenced page data).
    await expect(panel.result).toHaveText(new RegExp(`^Draftsmith test reply: Tab number ${i} speaking`));
    await expect(panel.result).not.toHaveText(new RegExp(`Tab number (?!${i})\\d`));
    await panel.button('Insert').click();
  }
  await expect(popup.status).toContainText(/fields have a proposed value|field/, { timeout: 30_000 });
  for (const { page, i } of tabs) {
    const value = await page.locator('#note').inputValue();
    expect(value).toContain('Dear team,');
    expect(value).toContain(`Draftsmith test reply: Tab number ${i} speaking`);
    expect(value).not.toMatch(new RegExp(`Tab number (?!${i})\\d`));
  }
  const chat = llm.requests.filter((request) => request.path === '/v1/chat/completions');
  expect(chat).toHaveLength(6);
});
