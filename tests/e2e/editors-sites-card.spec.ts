// The selection card's Replace in the editors of the big sites: the right-click menu on a selected word,
// Replace, the editor's own state holds the new word, and one Ctrl+Z brings the old one back.
import { test, expect } from './fixtures/test';
import { EditorPage, STARTING_TEXT } from './page-objects/editor-page';
import { clickMenu, SelectionCard } from './page-objects/selection-card';
import { SITE_EDITORS } from './page-objects/site-editors';

// Rich editors, where the card reads the page selection; code editors keep theirs in their own model.
const CARD_EDITORS = SITE_EDITORS.filter((editor) =>
  ['RoosterJS', 'Squire', 'Toast UI', 'WordPress', 'Quill', 'Lexical'].some((name) => editor.name.startsWith(name)),
);

for (const editor of CARD_EDITORS) {
  test(`in ${editor.name}, the selection card's Replace writes over the selected word and one Ctrl+Z brings it back`, async ({ context, pages, configure, llm, serviceWorker }) => {
    await configure({});
    llm.script({ kind: 'ok', reply: 'crew' });
    const page = new EditorPage(await context.newPage(), editor);
    await page.goto(pages.url);
    await page.selectBeforeEnd('team', 1);
    await clickMenu(serviceWorker, page.page, { menuItemId: 'draftsmith.builtin.rewrite', selectionText: 'team', editable: true });

    const card = new SelectionCard(page.page);
    await expect(card.status).toContainText('Done');
    await card.button('Replace').click();
    await expect(card.status).toContainText('Replaced');
    await expect.poll(async () => (await page.state()).trim()).toBe('Dear crew,');
    await page.field.focus();
    await page.page.keyboard.press('Control+z');
    await expect.poll(async () => (await page.state()).trim()).toBe(STARTING_TEXT);
    expect(page.errors).toEqual([]);
  });
}
