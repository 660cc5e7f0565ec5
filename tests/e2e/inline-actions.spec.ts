// What the panel does with a reply: Replace, Copy, quick actions, the clipboard fallback, the user's own edits
// made while it was open, the context it sends, and switching Draftsmith off for a site.
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage, STARTING_TEXT } from './page-objects/editor-page';
import { InlinePanel } from './page-objects/inline-panel';

const REPLY = 'Thanks for the quick turnaround.';

function userMessage(body: unknown): string {
  const messages = (body as { messages?: Array<{ role: string; content: string }> }).messages ?? [];
  return messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n');
}

// Reads the clipboard from a page on `origin` (not just the newest tab: a fresh install also opens the
// onboarding tab, which may come last and has another origin).
async function clipboardText(context: BrowserContext, origin: string): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = context.pages().find((candidate) => candidate.url().startsWith(origin));
  return page ? page.evaluate(() => navigator.clipboard.readText()) : '';
}

test.describe('Replace', () => {
  test('in a textarea, Replace writes over the selection, and over the whole field when nothing is selected', async ({ context, pages, configure, llm }) => {
    await configure({});
    const page = await context.newPage();
    await page.goto(`${pages.url}/textarea.html`);
    const field = page.locator('#note');
    const panel = new InlinePanel(page);

    llm.script({ kind: 'ok', reply: 'crew' });
    await field.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(5, 9));
    await panel.open(field);
    await panel.generateAnd('Replace', 'Another word', 'crew');
    await expect(panel.status).toContainText('Replaced');
    await expect(field).toHaveValue('Dear crew,');
    await page.keyboard.press('Control+z');
    await expect(field).toHaveValue(STARTING_TEXT);
    await panel.button('Close').click();

    llm.script({ kind: 'ok', reply: REPLY });
    await field.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(4, 4));
    await panel.open(field);
    await panel.generateAnd('Replace', 'Rewrite it', REPLY);
    await expect(field).toHaveValue(REPLY);
    await page.keyboard.press('Control+z');
    await expect(field).toHaveValue(STARTING_TEXT);
  });

  for (const editor of [
    { name: 'plain contenteditable', file: 'contenteditable.html', field: '#editor' },
    { name: 'Lexical', file: 'lexical.html', field: '#editor' },
    { name: 'Tiptap (ProseMirror)', file: 'tiptap.html', field: '.ProseMirror' },
    { name: 'Quill', file: 'quill.html', field: '.ql-editor' },
    { name: 'Slate', file: 'slate.html', field: '[data-slate-editor]' },
    { name: 'CKEditor 5', file: 'ckeditor.html', field: '.ck-editor__editable' },
    { name: 'CodeMirror 6', file: 'codemirror.html', field: '.cm-content' },
    { name: 'Draft.js', file: 'draft.html', field: '.public-DraftEditor-content' },
    { name: 'TinyMCE (iframe)', file: 'tinymce.html', field: 'body', frame: 'iframe.tox-edit-area__iframe' },
  ]) {
    test(`in ${editor.name}, Replace writes over the selected word and one Ctrl+Z brings it back`, async ({ context, pages, configure, llm }) => {
      await configure({});
      llm.script({ kind: 'ok', reply: 'crew' });
      const page = new EditorPage(await context.newPage(), editor);
      await page.goto(pages.url);
      // Select "team" in "Dear team,": step over the comma, then extend four characters to the left.
      await page.selectBeforeEnd('team', 1);
      await page.panel.open(page.field);
      await page.panel.generateAnd('Replace', 'Another word', 'crew');
      await expect(page.panel.status).toContainText('Replaced');
      expect((await page.state()).trim()).toBe('Dear crew,');
      await page.page.keyboard.press('Control+z');
      await expect.poll(async () => (await page.state()).trim()).toBe(STARTING_TEXT);
    });
  }

  test('in a contenteditable with nothing selected, Replace takes the whole text', async ({ context, pages, configure, llm }) => {
    await configure({});
    llm.script({ kind: 'ok', reply: REPLY });
    const page = new EditorPage(await context.newPage(), { name: 'Lexical', file: 'lexical.html', field: '#editor' });
    await page.goto(pages.url);
    await page.caretToEnd();
    await page.panel.open(page.field);
    await page.panel.generateAnd('Replace', 'Rewrite it', REPLY);
    await expect(page.panel.status).toContainText('Replaced');
    expect((await page.state()).trim()).toBe(REPLY);
    await page.page.keyboard.press('Control+z');
    await expect.poll(async () => (await page.state()).trim()).toBe(STARTING_TEXT);
  });
});

test.describe('the user keeps typing while the panel is open', () => {
  for (const editor of [
    { name: 'a textarea', file: 'react-controlled.html', field: '#body' },
    { name: 'a contenteditable', file: 'contenteditable.html', field: '#editor' },
    { name: 'Tiptap (ProseMirror)', file: 'tiptap.html', field: '.ProseMirror' },
  ]) {
    test(`in ${editor.name}, Insert goes in at the current caret, overwrites nothing and says so`, async ({ context, pages, configure, llm }) => {
      await configure({});
      llm.script({ kind: 'ok', reply: REPLY });
      const page = new EditorPage(await context.newPage(), editor);
      await page.goto(pages.url);
      await page.caretToEnd();
      // The caret was after "Dear" when the panel opened.
      for (let i = 0; i < 6; i += 1) await page.page.keyboard.press('ArrowLeft');
      await page.panel.open(page.field);
      await page.panel.ask('Thank them');
      await page.panel.result.filter({ hasText: REPLY }).waitFor();
      await page.caretToEnd();
      await page.page.keyboard.type(' P.S.');
      await page.panel.button('Insert').click();
      await expect(page.panel.status).toContainText('changed meanwhile');
      expect((await page.state()).trim()).toBe(`Dear team, P.S.${REPLY}`);
    });
  }
});

test('an editor that refuses the text gets nothing, the text goes to the clipboard and the panel says so', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: REPLY });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pages.url });
  const page = new EditorPage(await context.newPage(), { name: 'Rejecting', file: 'rejecting.html', field: '#editor' });
  await page.goto(pages.url);
  await page.caretToEnd();
  await page.panel.open(page.field);
  await page.panel.generateAnd('Insert', 'Thank them', REPLY);
  await expect(page.panel.status).toContainText('copied to the clipboard');
  expect(await page.state()).toBe(STARTING_TEXT);
  expect(await clipboardText(context, pages.url)).toBe(REPLY);
});

test('Copy puts the reply on the clipboard', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: REPLY });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pages.url });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Thank them');
  await panel.result.filter({ hasText: REPLY }).waitFor();
  await panel.button('Copy').click();
  await expect(panel.status).toHaveText('Copied to the clipboard.');
  expect(await clipboardText(context, pages.url)).toBe(REPLY);
  await expect(page.locator('#note')).toHaveValue(STARTING_TEXT);
});

test('a quick action sends its template with the field text fenced as data, and Replace is the suggested step', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'Dear team, thanks for your help.' });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  await field.fill("Dear team, thanks for you're help.");
  const panel = new InlinePanel(page);
  await panel.open(field);
  await panel.quickAction('Fix grammar').click();
  // A rewrite opens on its word diff; the plain view shows the text Replace writes.
  await panel.showChanges.waitFor();
  await panel.showPlainResult();
  await panel.result.filter({ hasText: 'thanks for your help' }).waitFor();
  await expect(panel.button('Replace')).toHaveClass(/primary/);

  const sent = userMessage(llm.requests.at(-1)?.body);
  expect(sent).toContain('Fix the spelling, grammar and punctuation');
  expect(sent).toMatch(/```data field_text\nDear team, thanks for you're help\.\n```/);
  expect(sent).toMatch(/```data field_label\nNote\n```/);
  expect(sent).toMatch(/```data page_title\nTextarea test page\n```/);

  await panel.button('Replace').click();
  await expect(field).toHaveValue('Dear team, thanks for your help.');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue("Dear team, thanks for you're help.");
});

test('the selection in a rich editor goes to the model as fenced data, with the label and the page title', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'crew' });
  const page = new EditorPage(await context.newPage(), { name: 'Tiptap', file: 'tiptap.html', field: '.ProseMirror' });
  await page.goto(pages.url);
  await page.caretToEnd();
  await page.page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i += 1) await page.page.keyboard.press('Shift+ArrowLeft');
  await page.panel.open(page.field);
  await page.panel.ask('Another word for this');
  await page.panel.result.filter({ hasText: 'crew' }).waitFor();
  const sent = userMessage(llm.requests.at(-1)?.body);
  expect(sent).toMatch(/```data selection\nteam\n```/);
  expect(sent).toMatch(/```data field_text\nDear team,\n```/);
  expect(sent).toMatch(/```data field_label\nMessage\n```/);
  expect(sent).toMatch(/```data page_title\nTiptap test page\n```/);
});

test('"Disable on this site" removes the trigger at once, in other tabs of the site too, and after a reload', async ({ context, pages, configure }) => {
  await configure({});
  const other = await context.newPage();
  await other.goto(`${pages.url}/textarea.html`);
  await other.locator('#note').focus();
  await expect(new InlinePanel(other).trigger).toBeVisible();

  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  await page.bringToFront();
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.button('Disable on this site').click();
  await expect(panel.status).toContainText('Draftsmith is now off on 127.0.0.1');
  await expect(new InlinePanel(other).trigger).toBeHidden();

  await page.keyboard.press('Escape');
  await expect(page.locator('#note')).toBeFocused();
  await expect(panel.trigger).toBeHidden();
  await page.reload();
  await page.locator('#note').focus();
  await page.locator('#elsewhere').focus();
  await page.locator('#note').focus();
  await expect(panel.trigger).toBeHidden();
  // The other origin of the same server is another site, still on.
  await page.goto(`${pages.otherOriginUrl}/textarea.html`);
  await page.locator('#note').focus();
  await expect(panel.trigger).toBeVisible();
});

test('the panel works from the keyboard alone and never offers itself its own trigger', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: REPLY });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await page.locator('#note').focus();
  await page.keyboard.press('End');
  await panel.trigger.focus();
  await page.keyboard.press('Enter');
  await expect(panel.prompt).toBeFocused();
  await expect(panel.trigger).toBeHidden();
  await page.keyboard.type('Thank them');
  await page.keyboard.press('Enter');
  await panel.result.filter({ hasText: REPLY }).waitFor();
  await panel.button('Insert').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#note')).toHaveValue(`${STARTING_TEXT}${REPLY}`);
});

test('the panel follows the system colour scheme', async ({ context, pages, configure }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  const background = () => panel.dialog.evaluate((element) => getComputedStyle(element).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await panel.open(page.locator('#note'));
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(31, 36, 40)');
});
