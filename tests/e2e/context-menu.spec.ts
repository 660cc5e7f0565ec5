import type { Frame, Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { expect, test } from './fixtures/test';
import { clickMenu, extensionFrameId, pressRepeatShortcut, SelectionCard } from './page-objects/selection-card';

// Selects `text` inside the element's first text node, as a user dragging over it would.
async function selectText(target: Page | Frame, selector: string, text: string): Promise<void> {
  await target.evaluate(
    ([sel, wanted]) => {
      const element = document.querySelector(sel);
      const node = element?.firstChild;
      if (!(node instanceof Text)) throw new Error(`no text in ${sel}`);
      const start = node.data.indexOf(wanted);
      if (element instanceof HTMLElement && element.isContentEditable) element.focus();
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [selector, text] as const,
  );
}

async function selectInTextarea(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((element, wanted) => {
    const field = element as HTMLTextAreaElement;
    const start = field.value.indexOf(wanted);
    field.focus();
    field.setSelectionRange(start, start + wanted.length);
  }, text);
}

const chatRequests = (llm: { requests: { path: string; body: unknown }[] }) => llm.requests.filter((request) => request.path === '/v1/chat/completions');

test('Summarize on page text streams sanitised Markdown into a card next to the selection', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pages.url });
  llm.script({ kind: 'ok', reply: '**Fox** summary <img src=x onerror="window.pwned=1"> done.', chunkDelayMs: 30 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  await selectText(page, '#para', 'quick brown fox jumps');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.summarize', selectionText: 'quick brown fox jumps' });

  const card = new SelectionCard(page);
  await expect(card.dialog).toHaveAccessibleName('Draftsmith: Summarize');
  await expect(card.status).toContainText('Done');
  await expect(card.result.locator('strong')).toHaveText('Fox');
  await expect(card.result).toContainText('<img src=x onerror="window.pwned=1"> done.');
  await expect(card.result.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  // Next to the selection, inside the viewport.
  const para = await page.locator('#para').boundingBox();
  const box = await card.dialog.boundingBox();
  const viewport = page.viewportSize();
  expect(para && box && viewport).toBeTruthy();
  expect(Math.abs(box!.y - (para!.y + para!.height))).toBeLessThan(40);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width);

  // Page text is not editable: no Replace and no Insert below, only Copy; the card quotes what it works on,
  // and the selection went as fenced data.
  await expect(card.quote).toHaveText('Working on: “quick brown fox jumps”');
  await expect(card.button('Replace')).toHaveCount(0);
  await expect(card.button('Insert below')).toHaveCount(0);
  await card.button('Copy').click();
  await expect(card.status).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('**Fox** summary <img src=x onerror="window.pwned=1"> done.');
  const [sent] = chatRequests(llm);
  const body = JSON.stringify(sent?.body);
  expect(body).toContain('Summarize the selected text');
  expect(body).toContain('```data selection\\nquick brown fox jumps\\n```');

  await card.dialog.press('Escape');
  await expect(card.dialog).toHaveCount(0);
});

test('Replace in a textarea goes through the undoable path: Ctrl+Z restores the selection', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'slow red' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  await selectInTextarea(page, '#note', 'quick brown');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'quick brown', editable: true });

  const card = new SelectionCard(page);
  await expect(card.status).toContainText('Done');
  await card.button('Replace').click();
  const field = page.locator('#note');
  await expect(field).toHaveValue('Please fix teh slow red fox sentence.');
  await expect(card.status).toContainText('Replaced');
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Please fix teh quick brown fox sentence.');
});

test('Replace and Insert below in a contenteditable are undoable', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'the' }, { kind: 'ok', reply: 'Added line.' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  const rich = page.locator('#rich');
  const card = new SelectionCard(page);

  await selectText(page, '#rich', 'teh');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.fix-grammar', selectionText: 'teh', editable: true });
  await expect(card.status).toContainText('Done');
  await card.button('Replace').click();
  await expect(rich).toHaveText('Rich text with the typo inside.');
  await rich.focus();
  await page.keyboard.press('Control+z');
  await expect(rich).toHaveText('Rich text with teh typo inside.');

  await selectText(page, '#rich', 'typo');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.explain', selectionText: 'typo', editable: true });
  await expect(card.dialog).toHaveAccessibleName('Draftsmith: Explain');
  await expect(card.status).toContainText('Done');
  await card.button('Insert below').click();
  await expect(rich).toContainText('Added line.');
  expect(await rich.innerText()).toMatch(/^Rich text with teh typo\s*Added line\. inside\.$/);
  await rich.focus();
  await page.keyboard.press('Control+z');
  await expect(rich).toHaveText('Rich text with teh typo inside.');
});

test('a selection inside a cross-origin iframe gets the card in that frame', async ({ context, pages, configure, serviceWorker }) => {
  await configure({});
  await context.grantPermissions(['clipboard-read'], { origin: pages.url });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  await page.locator('#frame').evaluate((frame, src) => ((frame as HTMLIFrameElement).src = src), `${pages.otherOriginUrl}/selection.html`);
  const frame = await (await page.locator('#frame').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no iframe');
  await frame.waitForURL(`${pages.otherOriginUrl}/selection.html`);
  await frame.waitForLoadState();
  await selectText(frame, '#para', 'lazy dog');
  // The real frame id, as the click info would carry it.
  const frameId = await extensionFrameId(serviceWorker, page, frame);
  expect(frameId).toBeGreaterThan(0);
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.explain', frameId, selectionText: 'lazy dog' });

  const inFrame = new SelectionCard(page.frameLocator('#frame'));
  await expect(inFrame.status).toContainText('Done');
  await expect(inFrame.result).toContainText('Draftsmith test reply: Explain the selected text');
  await expect(new SelectionCard(page).dialog).toHaveCount(0);
  // The frame has no clipboard-write permission policy: Copy falls back to the copy command.
  await inFrame.button('Copy').click();
  await expect(inFrame.status).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Draftsmith test reply: Explain the selected text');
});

test('where no content script runs, the result opens in a small extension window', async ({ context, configure, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto('chrome://version/');
  const opened = context.waitForEvent('page', (candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/result.html`));
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.summarize', selectionText: 'Text selected in a PDF', pageUrl: 'chrome://version/' });
  const window = await opened;
  // Only a random id travels in the URL; the selection waits in storage.session.
  expect(window.url()).toMatch(/result\.html\?job=[0-9a-f-]{36}$/);
  expect(window.url()).not.toContain('PDF');
  await expect(window.getByRole('heading', { name: 'Summarize' })).toBeVisible();
  await expect(window.getByRole('status')).toContainText('Done');
  await expect(window.getByRole('region', { name: 'Result' })).toContainText('Text selected in a PDF');
  await expect(window.getByRole('button', { name: 'Replace' })).toHaveCount(0);
  // The window closes on keydown, before a keyup could be sent.
  // The page may close before Playwright's keydown call returns, which it reports as an error; the close is what counts.
  const closed = window.waitForEvent('close');
  await window.keyboard.down('Escape').catch(() => undefined);
  await closed;
});

test('when the frame cannot be reached, the window takes the job instead of failing silently', async ({ context, pages, configure, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  const opened = context.waitForEvent('page', (candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/result.html`));
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.custom', frameId: 4242, selectionText: 'orphan text' });
  const window = await opened;
  const instruction = window.getByRole('textbox', { name: 'Instruction' });
  await instruction.fill('Shout it');
  await instruction.press('Enter');
  await expect(window.getByRole('region', { name: 'Result' })).toContainText('Shout it');
  await expect(window.getByRole('region', { name: 'Result' })).toContainText('orphan text');
});

test('the repeat-template shortcut runs the last template on the current selection', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({ settings: { templates: [{ id: 'shout', title: 'Shout', prompt: 'Repeat {{selection}} loudly in {{language}}.' }] } });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  const card = new SelectionCard(page);
  await selectText(page, '#para', 'quick brown fox');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.user.shout', selectionText: 'quick brown fox' });
  await expect(card.status).toContainText('Done');
  await card.button('Close').click();
  await expect(card.dialog).toHaveCount(0);

  await selectText(page, '#para', 'riverbank at dawn');
  await pressRepeatShortcut(serviceWorker, page);
  await expect(card.dialog).toHaveAccessibleName('Draftsmith: Shout');
  await expect(card.status).toContainText('Done');
  const sent = chatRequests(llm);
  expect(sent).toHaveLength(2);
  expect(JSON.stringify(sent[1]?.body)).toContain('riverbank at dawn');
  expect(JSON.stringify(sent[1]?.body)).toContain('Repeat the text in the \\"selection\\" data block loudly in');
});

test('a very long selection is cut client-side and trimmed by the pipeline, and the card says both', async ({ context, pages, configure, serviceWorker, llm }) => {
  const [provider] = DEFAULT_SETTINGS.providers;
  await configure({ settings: { providers: [{ ...provider!, name: 'Small model', baseUrl: llm.baseUrl, contextTokens: 4000 }] } });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  const long = 'lorem ipsum dolor sit amet '.repeat(10_000);
  await page.locator('#note').evaluate((field, value) => ((field as HTMLTextAreaElement).value = value), long);
  await page.locator('#note').evaluate((field) => (field as HTMLTextAreaElement).select());
  await page.locator('#note').focus();
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.summarize', selectionText: long.slice(0, 100), editable: true });
  const card = new SelectionCard(page);
  await expect(card.status).toContainText('Done');
  await expect(card.dialog).toContainText(`The selection was too long (${long.length} characters)`);
  await expect(card.dialog).toContainText('The input was trimmed to fit the model');
});

test('the custom prompt box in the card: Stop keeps what arrived, Retry asks again', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  llm.script({ kind: 'stall', afterChunks: 2, reply: 'one two three four five' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  await selectText(page, '#para', 'lazy dog');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.custom', selectionText: 'lazy dog' });
  const card = new SelectionCard(page);
  await expect(card.dialog).toHaveAccessibleName('Draftsmith: Custom prompt');
  await expect(card.instruction).toBeFocused();
  await card.instruction.fill('Make it rhyme');
  await card.instruction.press('Enter');
  await expect(card.result).toContainText('one two');
  await card.button('Stop').click();
  await expect(card.status).toContainText('Stopped');
  await expect(card.result).toContainText('one two');
  await expect.poll(() => llm.requests.at(-1)?.aborted).toBe(true);

  await card.button('Retry').click();
  await expect(card.status).toContainText('Done');
  await expect(card.result).toContainText('Draftsmith test reply: Make it rhyme');
  expect(chatRequests(llm)).toHaveLength(2);
  // Focus inside the card stays private: the page's field watcher never offered its button on the instruction box.
  await expect(page.getByRole('button', { name: 'Generate' })).toBeHidden();
});

test('a template used in an empty field says there is nothing to work on: no card, no window, nothing sent', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  const note = page.locator('#note');
  await note.fill('');
  await note.focus();
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.summarize', selectionText: '', editable: true });
  const card = new SelectionCard(page);
  await expect(card.fieldAlert).toContainText('There is nothing here to work on');
  await expect(card.dialog).toHaveCount(0);
  expect(context.pages().filter((candidate) => candidate.url().includes('result.html'))).toHaveLength(0);
  expect(chatRequests(llm)).toHaveLength(0);
  // Typing puts it away, and the field has what was typed.
  await note.pressSequentially('Now some text');
  await expect(card.fieldAlert).toHaveCount(0);
  await expect(note).toHaveValue('Now some text');
});

test('a password field is never read: no card, no window, nothing sent', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection.html`);
  await page.locator('#pw').focus();
  await page.locator('#pw').evaluate((field) => (field as HTMLInputElement).select());
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'hunter2secret', editable: true });
  // Turned down where the user is, and said so.
  await expect(new SelectionCard(page).fieldAlert).toContainText('Draftsmith does not work in this field');
  // A later, ordinary click completes; by then the first one has been turned down.
  await page.locator('#pw').blur();
  await selectText(page, '#para', 'lazy dog');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'lazy dog' });
  const card = new SelectionCard(page);
  await expect(card.status).toContainText('Done');
  await expect(card.dialog).toHaveCount(1);
  expect(context.pages().filter((candidate) => candidate.url().includes('result.html'))).toHaveLength(0);
  expect(JSON.stringify(chatRequests(llm).map((request) => request.body))).not.toContain('hunter2secret');
});

test('the browser menu is built from the settings and rebuilt when templates change', async ({ configure, serviceWorker }) => {
  // update() rejects for an id the browser does not have, so it tells which items exist.
  const exists = (id: string) => serviceWorker.evaluate((menuId) => chrome.contextMenus.update(menuId, {}).then(() => true, () => false), id);
  await configure({ settings: { templates: [{ id: 'first', title: 'First', prompt: 'x {{selection}}' }] } });
  await expect.poll(() => exists('draftsmith.user.first')).toBe(true);
  expect(await exists('draftsmith.builtin.rewrite')).toBe(true);
  expect(await exists('draftsmith.custom')).toBe(true);
  await configure({ settings: { templates: [{ id: 'second', title: 'Second', prompt: 'y {{selection}}' }] } });
  await expect.poll(() => exists('draftsmith.user.second')).toBe(true);
  expect(await exists('draftsmith.user.first')).toBe(false);
});

test('a page that enforces Trusted Types still gets the answer (the card falls back to plain text if HTML is refused)', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: '**Bold** answer' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/selection-trusted-types.html`);
  await selectText(page, '#para', 'Trusted Types');
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.explain', selectionText: 'Trusted Types' });
  const card = new SelectionCard(page);
  await expect(card.status).toContainText('Done');
  await expect(card.result).toContainText('Bold');
  await expect(card.result.locator('img, script')).toHaveCount(0);
});
