// An editor that syncs its own selection from the page's late (Slate throttles it and skips it once focus left
// the editor) must still get the text where the user's selection was, not where its stale model thinks it is.
import { test, expect } from './fixtures/test';
import { EditorPage, STARTING_TEXT } from './page-objects/editor-page';

test('in Slate whose model selection lags the page, Replace writes over the selected word', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'crew' });
  const page = new EditorPage(await context.newPage(), { name: 'Slate', file: 'slate.html', field: '[data-slate-editor]' });
  await page.goto(pages.url);
  // Select "team" by keyboard, and wait (as a person would) until Slate's throttled sync has it. The lag this
  // test is about is made afterwards, on purpose.
  await page.selectBeforeEnd('team', 1);
  await page.panel.open(page.field);
  // While focus is in the panel, Slate's model selection falls behind the page's: its throttled sync was
  // skipped because focus had left the editor.
  await page.page.evaluate(() => (window as { moveSlateSelectionToEnd?: () => void }).moveSlateSelectionToEnd?.());
  await page.panel.generateAnd('Replace', 'Another word', 'crew');
  await expect(page.panel.status).toContainText('Replaced');
  expect((await page.state()).trim()).toBe('Dear crew,');
  await page.page.keyboard.press('Control+z');
  await expect.poll(async () => (await page.state()).trim()).toBe(STARTING_TEXT);
});
