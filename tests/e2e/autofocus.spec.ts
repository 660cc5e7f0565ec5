// Fields the page focuses itself before the content script runs (autofocus, an inline script): there is no new
// focus event when the user clicks into them, so the content script offers them at start and on a press.
import { test, expect } from './fixtures/test';
import { evaluateInContentScript } from './fixtures/isolated-world';
import { InlinePanel } from './page-objects/inline-panel';

const RUNS = 10;

const FOCUSED_BY_PAGE = [
  { name: 'the autofocus attribute', path: '/focus/autofocus.html', field: '#user' },
  { name: 'an inline script', path: '/focus/script-focus.html', field: '#message' },
];

for (const { name, path, field } of FOCUSED_BY_PAGE) {
  test(`a field focused by ${name} offers Generate on the first click, in ${RUNS} of ${RUNS} fresh tabs`, async ({ context, pages, configure }) => {
    await configure({});
    let offered = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`${pages.url}${path}`);
      // The page really did focus the field itself, before any click.
      await expect(page.locator(field)).toBeFocused();
      await page.locator(field).click();
      await expect(new InlinePanel(page).trigger, `run ${run + 1}`).toBeVisible();
      offered++;
      await page.close();
    }
    expect(offered).toBe(RUNS);
  });
}

test('a press in the focused field offers it when the tab was in the background while the script started', async ({ context, pages, configure }) => {
  await configure({});
  const page = await context.newPage();
  // Without focus emulation, a tab behind another one is not focused, as in a real window.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  const front = await context.newPage();
  await front.bringToFront();
  await page.goto(`${pages.url}/focus/autofocus.html`);
  await evaluateInContentScript(page, 'true');
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as { seen?: string[] }).seen = seen;
    for (const type of ['focusin', 'pointerdown']) document.addEventListener(type, (event) => seen.push(event.type), true);
  });
  const panel = new InlinePanel(page);
  await page.locator('#user').click();
  await expect(panel.trigger).toBeVisible();
  // No focus event reached the page: the press alone offered the field.
  expect(await page.evaluate(() => (window as { seen?: string[] }).seen)).toEqual(['pointerdown']);

  // Once focus leaves and comes back, the focus listener takes over as before.
  await page.locator('#elsewhere').focus();
  await expect(panel.trigger).toBeHidden();
  await page.locator('#user').focus();
  await expect(panel.trigger).toBeVisible();
});
