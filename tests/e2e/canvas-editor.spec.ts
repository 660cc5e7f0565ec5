// A canvas editor (Google Docs): the document is drawn on a canvas and keystrokes go to a contenteditable in a
// same-origin iframe with Docs' class. The panel says so, offers Copy with the paste key, and never Insert or Replace.
import { test, expect } from './fixtures/test';
import { InlinePanel } from './page-objects/inline-panel';

const REPLY = 'A paragraph for the document.';

test('in a Docs-like canvas editor the panel says it cannot insert, offers Copy and the paste key, and no Insert or Replace', async ({ context, pages, configure, llm }) => {
  await configure({});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pages.url });
  const page = await context.newPage();
  await page.goto(`${pages.url}/docs-like.html`);
  const frame = page.frameLocator('.docs-texteventtarget-iframe');
  const panel = new InlinePanel(frame);
  llm.script({ kind: 'ok', reply: REPLY });

  await panel.open(frame.getByRole('textbox', { name: 'Document content' }));
  await expect(panel.canvasNotice).toHaveText(
    'This editor draws its text on a canvas, so Draftsmith cannot put text into it. Copy the answer, then press Ctrl+V to paste it.',
  );
  await panel.ask('Write a paragraph');
  await expect(panel.result).toHaveText(REPLY);
  await expect(panel.button('Copy')).toBeEnabled();
  await expect(panel.button('Insert')).toHaveCount(0);
  await expect(panel.button('Replace')).toHaveCount(0);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/panel-canvas-editor-${colorScheme}.png`, clip: { x: 0, y: 0, width: 680, height: 520 } });
  }

  await panel.button('Copy').click();
  await expect(panel.status).toHaveText('Copied. Press Escape to go back to the document, then Ctrl+V to paste it.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(REPLY);
  // Nothing was written into the editor's keyboard target, so its model is untouched.
  expect(await page.evaluate(() => (window as { docsModel?: string }).docsModel)).toBe('Draft: ');
});

test('an ordinary contenteditable in an iframe is not taken for a canvas editor', async ({ context, pages, configure, llm }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/built/editors/fields.html`);
  await page.waitForFunction(() => (window as { editorReady?: boolean }).editorReady === true);
  const frame = page.frameLocator('#srcdoc-frame');
  const panel = new InlinePanel(frame);
  llm.script({ kind: 'ok', reply: REPLY });
  await panel.open(frame.locator('#note'));
  await panel.ask('Write');
  await expect(panel.result).toHaveText(REPLY);
  await expect(panel.canvasNotice).toHaveCount(0);
  await expect(panel.button('Insert')).toBeEnabled();
});
