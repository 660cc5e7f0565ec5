// Page object for tests/e2e/pages/textarea.html: open it in a new tab and ask the inline panel.
import { expect, type BrowserContext } from '@playwright/test';
import { InlinePanel } from './inline-panel';

// The panel's accessible names in the browser's language.
export interface PanelNames {
  generate: string;
  prompt: string;
}
export const ENGLISH_PANEL: PanelNames = { generate: 'Generate', prompt: 'Prompt' };
export const CHINESE_PANEL: PanelNames = { generate: '生成', prompt: '提示词' };

export async function askInTextarea(
  context: BrowserContext,
  pagesUrl: string,
  prompt: string,
  finished: RegExp | string = 'Done',
  names: PanelNames = ENGLISH_PANEL,
): Promise<InlinePanel> {
  const page = await context.newPage();
  await page.goto(`${pagesUrl}/textarea.html`);
  const panel = new InlinePanel(page);
  await page.locator('#note').focus();
  await page.getByRole('button', { name: names.generate }).click();
  const box = panel.dialog.getByRole('textbox', { name: names.prompt });
  await box.fill(prompt);
  await box.press('Enter');
  await expect(panel.status).toContainText(finished);
  return panel;
}
