// The spinner waits before it turns: an answer that comes at once never flashes it (nor keeps the browser drawing
// frames for it), and a wait the user notices shows it turning, in its place from the start.
import { test, expect } from '../fixtures/test';
import { InlinePanel } from '../page-objects/inline-panel';

test('a fast answer never shows a turning spinner; a slow one does', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  // Records whether the spinner ever turned, however briefly, between two checks of the test.
  await page.evaluate(() => {
    const root = document.querySelector('draftsmith-panel')?.shadowRoot;
    if (!root) throw new Error('The inline panel is not open');
    const record = window as unknown as { spun: boolean };
    record.spun = false;
    new MutationObserver(() => {
      if (root.querySelector('.spinner.spinning')) record.spun = true;
    }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
  const spun = () => page.evaluate(() => (window as unknown as { spun: boolean }).spun);

  llm.script({ kind: 'ok', reply: 'A quick answer.' });
  await panel.ask('Say something short');
  await expect(panel.result).toContainText('A quick answer.');
  await expect(panel.status).toContainText('Done');
  expect(await spun()).toBe(false);

  llm.script({ kind: 'slow-first-token', ms: 1500, reply: 'A slow answer.' });
  await panel.ask('Say something slowly');
  await expect(panel.dialog.locator('.spinner.spinning')).toBeVisible();
  expect(await spun()).toBe(true);
  await expect(panel.result).toContainText('A slow answer.');
  await expect(panel.dialog.locator('.spinner')).toHaveCount(0);
});
