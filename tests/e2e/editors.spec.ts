// Insert into every kind of editor through its own input path: the editor's state (not the DOM) holds the
// text, and one Ctrl+Z in the editor takes it out again.
import { test, expect } from './fixtures/test';
import { EditorPage, STARTING_TEXT, type EditorCase } from './page-objects/editor-page';

const EDITORS: EditorCase[] = [
  { name: 'React-controlled textarea', file: 'react-controlled.html', field: '#body' },
  { name: 'v-model-style textarea', file: 'vue-like.html', field: '#comment' },
  { name: 'plain contenteditable', file: 'contenteditable.html', field: '#editor' },
  { name: 'Lexical', file: 'lexical.html', field: '#editor' },
  { name: 'Tiptap (ProseMirror)', file: 'tiptap.html', field: '.ProseMirror' },
  { name: 'Quill', file: 'quill.html', field: '.ql-editor' },
  { name: 'Slate', file: 'slate.html', field: '[data-slate-editor]' },
  { name: 'Draft.js', file: 'draft.html', field: '.public-DraftEditor-content' },
  { name: 'CKEditor 5', file: 'ckeditor.html', field: '.ck-editor__editable' },
  { name: 'CodeMirror 6', file: 'codemirror.html', field: '.cm-content' },
  { name: 'TinyMCE (iframe)', file: 'tinymce.html', field: 'body', frame: 'iframe.tox-edit-area__iframe' },
];

const REPLY = 'Thanks for the quick turnaround.';
const PARAGRAPHS = 'First paragraph.\n\nSecond paragraph.';

for (const editor of EDITORS) {
  test.describe(editor.name, () => {
    test('Insert puts the reply at the caret in the editor state, and one Ctrl+Z removes it', async ({ context, pages, configure, llm }) => {
      await configure({});
      llm.script({ kind: 'ok', reply: REPLY });
      const page = new EditorPage(await context.newPage(), editor);
      await page.goto(pages.url);
      await page.caretToEnd();
      await page.panel.open(page.field);
      await page.panel.generateAnd('Insert', 'Thank them', REPLY);
      await expect(page.panel.status).toContainText('Inserted');
      expect((await page.state()).trim()).toBe(`${STARTING_TEXT}${REPLY}`);

      await expect(page.field).toBeFocused();
      await page.page.keyboard.press('Control+z');
      await expect.poll(async () => (await page.state()).trim()).toBe(STARTING_TEXT);
      // The editor keeps working after the undo: typing lands in its state, and nothing threw on the way.
      await page.page.keyboard.type('!');
      await expect.poll(async () => (await page.state()).trim()).toBe(`${STARTING_TEXT}!`);
      expect(page.errors).toEqual([]);
    });

    // Editors group undo steps by time (ProseMirror, Quill) or, as Slate, by whether an insert continues the one
    // before it: the insert right after the user's own typing must still come out alone.
    test('typed just before: Insert goes in after the typing, and one Ctrl+Z removes only the reply', async ({ context, pages, configure, llm }) => {
      await configure({});
      llm.script({ kind: 'ok', reply: REPLY });
      const page = new EditorPage(await context.newPage(), editor);
      await page.goto(pages.url);
      await page.caretToEnd();
      await page.page.keyboard.type(' Hi,', { delay: 30 });
      await expect.poll(async () => (await page.state()).trim()).toBe(`${STARTING_TEXT} Hi,`);
      await page.panel.open(page.field);
      await page.panel.generateAnd('Insert', 'Thank them', REPLY);
      await expect(page.panel.status).toContainText('Inserted');
      await expect.poll(async () => (await page.state()).trim()).toBe(`${STARTING_TEXT} Hi,${REPLY}`);

      await expect(page.field).toBeFocused();
      await page.page.keyboard.press('Control+z');
      await expect.poll(async () => (await page.state()).trim()).toBe(`${STARTING_TEXT} Hi,`);
      expect(page.errors).toEqual([]);
    });

    test('a reply of several paragraphs goes in as lines the editor understands, undone in one step', async ({ context, pages, configure, llm }) => {
      await configure({});
      llm.script({ kind: 'ok', reply: PARAGRAPHS });
      const page = new EditorPage(await context.newPage(), editor);
      await page.goto(pages.url);
      await page.caretToEnd();
      await page.panel.open(page.field);
      await page.panel.generateAnd('Insert', 'Two paragraphs', 'Second paragraph.');
      await expect(page.panel.status).toContainText('Inserted');
      // Editors show a blank line between blocks as one to four newlines in their plain-text view (Lexical keeps it
      // as an empty paragraph), and TinyMCE starts pasted paragraphs on a block of their own, as a real paste
      // does; what matters is that the lines are separate and nothing else got in.
      expect((await page.state()).trim()).toMatch(/^Dear team,\n*First paragraph\.\n+Second paragraph\.$/);

      await page.page.keyboard.press('Control+z');
      await expect.poll(async () => (await page.state()).trim()).toBe(STARTING_TEXT);
      expect(page.errors).toEqual([]);
    });
  });
}
