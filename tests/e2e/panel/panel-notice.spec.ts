// After Insert or Replace the panel closes and a notice says what happened; its Undo goes through the
// field's own undo (the field's text, and a rich editor's own state, come back), and Escape from the
// field closes the panel and the notice.
import { test, expect } from '../fixtures/test';
import { EditorPage, STARTING_TEXT } from '../page-objects/editor-page';
import { InlinePanel } from '../page-objects/inline-panel';

const REPLY = 'Thanks for the quick turnaround.';

test('in a textarea, the notice says what happened and its Undo restores the text', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: REPLY, times: 2 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  const panel = new InlinePanel(page);
  await field.focus();
  await page.keyboard.press('End');
  await panel.open(field);
  await panel.generateAnd('Insert', 'Thank them', REPLY);
  await expect(panel.dialog).toBeHidden();
  await expect(panel.notice).toContainText('Inserted');
  await expect(field).toHaveValue(`${STARTING_TEXT}${REPLY}`);
  await panel.undo.click();
  await expect(field).toHaveValue(STARTING_TEXT);
  await expect(panel.notice).toContainText('Undone');

  // Replace of a selection, undone the same way: the selection's text comes back.
  await field.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(5, 9));
  await panel.open(field);
  await expect(panel.rewritingQuote).toHaveText('Rewriting: “team”');
  await panel.generateAnd('Replace', 'Another word', REPLY);
  await expect(field).toHaveValue(`Dear ${REPLY},`);
  await panel.undo.click();
  await expect(field).toHaveValue(STARTING_TEXT);
});

for (const editor of [
  { name: 'Lexical', file: 'lexical.html', field: '#editor' },
  { name: 'Tiptap (ProseMirror)', file: 'tiptap.html', field: '.ProseMirror' },
  { name: 'Quill', file: 'quill.html', field: '.ql-editor' },
]) {
  test(`in ${editor.name}, the notice's Undo brings back the editor's own state`, async ({ context, pages, configure, llm }) => {
    await configure({});
    llm.script({ kind: 'ok', reply: REPLY });
    const page = new EditorPage(await context.newPage(), editor);
    await page.goto(pages.url);
    await page.caretToEnd();
    await page.panel.open(page.field);
    await page.panel.generateAnd('Insert', 'Thank them', REPLY);
    await expect(page.panel.notice).toContainText('Inserted');
    await expect.poll(async () => (await page.state()).trim()).toBe(`${STARTING_TEXT}${REPLY}`);
    await page.panel.undo.click();
    await expect(page.panel.notice).toContainText('Undone');
    await expect.poll(async () => (await page.state()).trim()).toBe(STARTING_TEXT);
    expect(page.errors).toEqual([]);
  });
}

test('Escape from the field closes the panel, and then the notice; typing also closes the notice', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: REPLY, times: 2 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  const panel = new InlinePanel(page);
  await field.focus();
  await page.keyboard.press('Control+End');
  await panel.open(field);
  // Back in the field with the panel still open: Escape there closes it.
  await field.focus();
  await expect(panel.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel.dialog).toBeHidden();
  await expect(field).toBeFocused();

  await panel.open(field);
  await panel.generateAnd('Insert', 'Thank them', REPLY);
  await expect(panel.notice).toBeVisible();
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel.notice).toBeHidden();

  await panel.open(field);
  await panel.generateAnd('Insert', 'Thank them', REPLY);
  await expect(panel.notice).toBeVisible();
  await page.keyboard.type('!');
  await expect(panel.notice).toBeHidden();
  await expect(field).toHaveValue(`${STARTING_TEXT}${REPLY}${REPLY}!`);
});

test('a selection keeps a visible highlight while the panel is open, without touching the page DOM', async ({ context, pages, configure }) => {
  await configure({});
  const page = new EditorPage(await context.newPage(), { name: 'plain contenteditable', file: 'contenteditable.html', field: '#editor' });
  await page.goto(pages.url);
  await page.caretToEnd();
  await page.page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i += 1) await page.page.keyboard.press('Shift+ArrowLeft');
  const before = await page.field.evaluate((element) => element.innerHTML);
  await page.panel.open(page.field);
  await expect(page.panel.rewritingQuote).toHaveText('Rewriting: “team”');
  const highlighted = await page.page.evaluate(() => {
    const highlight = CSS.highlights.get('draftsmith-selection');
    const ranges = highlight ? [...highlight] : [];
    return ranges.map((range) => range.toString());
  });
  expect(highlighted).toEqual(['team']);
  expect(await page.field.evaluate((element) => element.innerHTML)).toBe(before);
  await page.page.keyboard.press('Escape');
  expect(await page.page.evaluate(() => CSS.highlights.has('draftsmith-selection'))).toBe(false);

  // In a textarea the highlight is an overlay over the selected characters.
  const textarea = await context.newPage();
  await textarea.goto(`${pages.url}/textarea.html`);
  const note = textarea.locator('#note');
  await note.evaluate((element: HTMLTextAreaElement) => {
    element.focus();
    element.setSelectionRange(5, 9);
  });
  const panel = new InlinePanel(textarea);
  await panel.open(note);
  const marks = await textarea.evaluate(() => {
    const host = document.querySelector('draftsmith-highlight');
    return [...(host?.shadowRoot?.querySelectorAll('div > div') ?? [])].map((mark) => mark.getBoundingClientRect().width);
  });
  expect(marks.length).toBe(1);
  expect(marks[0]).toBeGreaterThan(10);
});
