// The selection card's writing tools: it quotes the text it works on, offers Insert below only where text
// can go in, shows a rewrite template's word diff, and writes through the panel's paste-first path.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { clickMenu, SelectionCard } from './page-objects/selection-card';

async function selectInTextarea(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((element, wanted) => {
    const field = element as HTMLTextAreaElement;
    const start = field.value.indexOf(wanted);
    field.focus();
    field.setSelectionRange(start, start + wanted.length);
  }, text);
}

async function selectInRich(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const element = document.querySelector<HTMLElement>('#rich');
    const node = element?.firstChild;
    if (!element || !(node instanceof Text)) throw new Error('no text in #rich');
    element.focus();
    const start = node.data.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, text);
}

// Every paste event the page sees, with its text: the paste-first path sends one before anything else.
async function recordPastes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as { pastes?: string[] }).pastes = seen;
    document.addEventListener('paste', (event) => seen.push(event.clipboardData?.getData('text/plain') ?? ''), true);
  });
}
const pastes = (page: Page) => page.evaluate(() => (window as { pastes?: string[] }).pastes ?? []);

test('in a textarea: the card quotes the selection, shows the diff, and Replace and Insert below are each one Ctrl+Z', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'slow red' }, { kind: 'ok', reply: 'slow red' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  const field = page.locator('#note');
  const card = new SelectionCard(page);

  await selectInTextarea(page, '#note', 'quick brown');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'quick brown', editable: true });
  await expect(card.quote).toHaveText('Working on: “quick brown”');
  await expect(card.status).toContainText('Done');
  await expect(card.result.locator('del')).toHaveText('quick brown');
  await expect(card.result.locator('ins')).toHaveText('slow red');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await card.dialog.screenshot({ path: `test-results/screenshots/writing-card-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await card.button('Replace').click();
  await expect(field).toHaveValue('Please fix teh slow red fox sentence.');
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Please fix teh quick brown fox sentence.');
  await card.dialog.press('Escape').catch(() => undefined);

  await selectInTextarea(page, '#note', 'quick brown');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'quick brown', editable: true });
  await expect(card.status).toContainText('Done');
  await card.button('Insert below').click();
  await expect(field).toHaveValue('Please fix teh quick brown\nslow red fox sentence.');
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Please fix teh quick brown fox sentence.');
});

test('in a contenteditable: Replace and Insert below go through the paste-first path, each undone by one Ctrl+Z', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'the' }, { kind: 'ok', reply: 'Added line.' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  await recordPastes(page);
  const rich = page.locator('#rich');
  const card = new SelectionCard(page);

  await selectInRich(page, 'teh');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.fix-grammar', selectionText: 'teh', editable: true });
  await expect(card.quote).toHaveText('Working on: “teh”');
  await expect(card.status).toContainText('Done');
  await card.button('Replace').click();
  await expect(rich).toHaveText('Rich text with the typo inside.');
  expect(await pastes(page)).toEqual(['the']);
  await rich.focus();
  await page.keyboard.press('Control+z');
  await expect(rich).toHaveText('Rich text with teh typo inside.');

  await selectInRich(page, 'typo');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.explain', selectionText: 'typo', editable: true });
  await expect(card.status).toContainText('Done');
  await card.button('Insert below').click();
  await expect(rich).toContainText('Added line.');
  expect(await pastes(page)).toEqual(['the', '\nAdded line.']);
  await rich.focus();
  await page.keyboard.press('Control+z');
  await expect(rich).toHaveText('Rich text with teh typo inside.');
});

test('on page text the card offers Copy, never Insert below or Replace', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'A fox and a dog.' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  await page.evaluate(() => {
    const node = document.querySelector('#para')?.firstChild;
    if (!(node instanceof Text)) throw new Error('no text');
    const range = document.createRange();
    range.setStart(node, 4);
    range.setEnd(node, 19);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'quick brown fox' });
  const card = new SelectionCard(page);
  await expect(card.quote).toHaveText('Working on: “quick brown fox”');
  await expect(card.status).toContainText('Done');
  await expect(card.button('Copy')).toBeEnabled();
  await expect(card.button('Insert below')).toHaveCount(0);
  await expect(card.button('Replace')).toHaveCount(0);
  // No field to write into: no review either, the answer is shown as it is.
  await expect(card.result.locator('del, ins')).toHaveCount(0);
});
