// The editors of the big sites, each from its real npm package: Insert, Replace and one Ctrl+Z through the
// inline panel, checked in the editor's own state (its model, its saved JSON, its HTML), not only the DOM.
import { test, expect } from './fixtures/test';
import { EditorPage, STARTING_TEXT } from './page-objects/editor-page';
import { SITE_EDITORS } from './page-objects/site-editors';


const PARAGRAPHS = 'First paragraph.\n\nSecond paragraph.';

async function undoOnce(page: EditorPage): Promise<void> {
  await page.page.keyboard.press('Control+z');
  await expect.poll(async () => (await page.state()).trim()).toBe(STARTING_TEXT);
}

for (const editor of SITE_EDITORS) {
  test.describe(editor.name, () => {
    test('Insert puts a multi-paragraph reply into the editor state, and one Ctrl+Z removes it', async ({ context, pages, configure, llm }) => {
      await configure({});
      llm.script({ kind: 'ok', reply: PARAGRAPHS });
      const page = new EditorPage(await context.newPage(), editor);
      await page.goto(pages.url);
      await page.caretToEnd();
      await page.panel.open(page.field);
      await page.panel.generateAnd('Insert', 'Two paragraphs', 'Second paragraph.');
      await expect(page.panel.status).toContainText('Inserted');
      const state = (await page.state()).trim();
      if (editor.plain) expect(state).toBe(`${STARTING_TEXT}${PARAGRAPHS}`);
      // Rich editors keep paragraphs as blocks: their plain-text view shows one to four newlines between them.
      else expect(state).toMatch(/^Dear team,\n*First paragraph\.\n+Second paragraph\.$/);

      await expect.poll(() => page.hasFocus()).toBe(true);
      await undoOnce(page);
      expect(page.errors).toEqual([]);
    });

    test('Replace writes over the selected word in the editor state, and one Ctrl+Z brings it back', async ({ context, pages, configure, llm }) => {
      await configure({});
      llm.script({ kind: 'ok', reply: 'crew' });
      const page = new EditorPage(await context.newPage(), editor);
      await page.goto(pages.url);
      await page.selectBeforeEnd('team', 1);
      await page.panel.open(page.field);
      await page.panel.generateAnd('Replace', 'Another word', 'crew');
      await expect(page.panel.status).toContainText('Replaced');
      expect((await page.state()).trim()).toBe('Dear crew,');
      await undoOnce(page);
      // The editor keeps working after the undo: typing lands in its state.
      await page.panel.button('Close').click();
      await page.caretToEnd();
      await page.page.keyboard.type('!');
      await expect.poll(async () => (await page.state()).trim()).toBe(`${STARTING_TEXT}!`);
      expect(page.errors).toEqual([]);
    });
  });
}
