// Screenshots of each panel state, light and dark, under test-results/screenshots/panel-*.png (looked at by
// hand). Each state is also checked for what makes it that state, so a broken state fails here.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { InlinePanel } from '../page-objects/inline-panel';

const LONG = Array.from({ length: 12 }, (_, index) => `${index + 1}. A paragraph of the answer, long enough to wrap over a couple of lines in the panel.`).join('\n\n');
const shot = (page: Page, name: string, scheme: string) => page.screenshot({ path: `test-results/screenshots/panel-${name}-${scheme}.png` });

for (const scheme of ['light', 'dark'] as const) {
  test(`panel states in ${scheme}`, async ({ context, pages, configure, llm }) => {
    await configure({});
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${pages.url}/textarea.html`);
    const field = page.locator('#note');
    const panel = new InlinePanel(page);

    await field.evaluate((element: HTMLTextAreaElement) => {
      element.value = 'Their going to the the store tomorow, and we will meet them there.';
      element.focus();
      element.setSelectionRange(0, 37);
    });
    await panel.open(field);
    await expect(panel.rewritingQuote).toBeVisible();
    await expect(panel.button('Send')).toBeDisabled();
    await shot(page, 'open', scheme);

    llm.script({ kind: 'slow-first-token', ms: 2500, reply: 'They are going to the store tomorrow' });
    await panel.quickAction('Fix grammar').click();
    await expect(panel.dialog.locator('.spinner')).toBeVisible();
    await expect(panel.dialog.locator('.elapsed')).toHaveText(/^[1-9] s$/);
    await shot(page, 'loading', scheme);
    await expect(panel.status).toContainText('Done');
    await expect(panel.dialog.locator('.actions button.primary')).toHaveText('Replace');
    await shot(page, 'done', scheme);

    llm.script({ kind: 'ok', reply: LONG, chunkSize: 16, chunkDelayMs: 60 });
    await panel.button('Retry').click();
    await expect(panel.result).toContainText('3. A paragraph');
    await expect(panel.button('Stop')).toBeVisible();
    await shot(page, 'streaming', scheme);
    await expect(panel.status).toContainText('Done');

    await panel.button('Replace').click();
    await expect(panel.notice).toContainText('Replaced');
    await shot(page, 'notice', scheme);
    await page.keyboard.press('Escape');

    llm.script({ kind: 'unauthorized' });
    await panel.open(field);
    await panel.ask('Write something');
    await expect(panel.dialog.getByRole('button', { name: 'Open settings' })).toBeVisible();
    await shot(page, 'error', scheme);
    await page.keyboard.press('Escape');

    await page.goto(`${pages.url}/dialog.html`);
    await page.locator('#dlg button').focus();
    await page.locator('#reply').focus();
    await panel.trigger.click();
    await expect(panel.prompt).toBeFocused();
    await shot(page, 'dialog', scheme);
  });
}
