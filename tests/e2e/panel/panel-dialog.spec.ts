// A field inside a modal <dialog> (the top layer): the trigger shows above it and is clickable, the panel
// opens above the dialog, focus stays inside the dialog, and Insert works; the same for an open popover.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { InlinePanel } from '../page-objects/inline-panel';

const REPLY = 'Thanks for the quick turnaround.';

// The element hit at the centre of the panel is the panel's own host: nothing of the page is above it.
async function panelOnTop(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('draftsmith-panel');
    const box = host?.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
    if (!host || !box) return false;
    return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === host && host.matches(':popover-open');
  });
}

test('in a modal dialog, the trigger and the panel show above it, focus stays inside, and Insert works', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: REPLY });
  const page = await context.newPage();
  await page.goto(`${pages.url}/dialog.html`);
  const field = page.locator('#reply');
  const panel = new InlinePanel(page);
  // showModal() focused the field before the content script ran (offering an already focused field is
  // another change's work), so focus comes into it from the dialog's button, as a user's click would.
  await page.locator('#dlg button').focus();
  await field.focus();
  await page.keyboard.press('End');
  // A click only lands when nothing (the dialog, its backdrop) covers the button.
  await panel.trigger.click();
  await expect(panel.prompt).toBeFocused();
  expect(await panelOnTop(page)).toBe(true);
  const focusInDialog = () => page.evaluate(() => document.getElementById('dlg')?.contains(document.activeElement) ?? false);
  expect(await focusInDialog()).toBe(true);
  await panel.ask('Thank them');
  await panel.result.filter({ hasText: REPLY }).waitFor();
  await page.keyboard.press('Tab');
  expect(await focusInDialog()).toBe(true);
  await panel.button('Insert').click();
  await expect(field).toHaveValue(`Dear team,${REPLY}`);
  await expect(panel.notice).toContainText('Inserted');
  expect(await focusInDialog()).toBe(true);
  // Escape in the field closes our notice, not the page's dialog.
  await page.keyboard.press('Escape');
  await expect(panel.notice).toBeHidden();
  await expect(page.locator('#dlg')).toBeVisible();
});

test('in an open popover, the panel opens above it and Insert works', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: REPLY });
  const page = await context.newPage();
  await page.goto(`${pages.url}/dialog.html`);
  await page.evaluate(() => {
    (document.getElementById('dlg') as HTMLDialogElement).close();
    document.getElementById('pop')?.showPopover();
  });
  const field = page.locator('#pop-note');
  const panel = new InlinePanel(page);
  await field.focus();
  await page.keyboard.press('End');
  await panel.trigger.click();
  await expect(panel.prompt).toBeFocused();
  expect(await panelOnTop(page)).toBe(true);
  await panel.generateAnd('Insert', 'Thank them', REPLY);
  await expect(field).toHaveValue(`Dear team,${REPLY}`);
  await expect(page.locator('#pop')).toBeVisible();
});
