// The first-run wizard end to end: a fresh profile sets up the loopback test server and generates in the
// practice field; a failed Done lands on the field to fix.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';

async function onboardingTab(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/options.html#welcome');
  return context.pages().find(isWelcome) ?? context.waitForEvent('page', { predicate: isWelcome });
}

test('a fresh profile walks the wizard, provider → key → test → try it, to a first generation in the practice field', async ({ context, extensionId, llm, serviceWorker }) => {
  const page = await onboardingTab(context);
  const options = new OptionsPage(page, extensionId);
  await expect(options.heading).toHaveText('Welcome to Draftsmith');
  // Focused: no settings sidebar, four numbered steps.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const steps = page.locator('ol.wizard > li');
  await expect(steps).toHaveCount(4);
  await expect(steps.locator('h3')).toHaveText(['Pick a provider', 'Paste your API key', 'Test the connection', 'Save and try it']);
  // Zero-key choices first: this headless Chromium has no on-device model and no local server runs.
  await expect(steps.first()).toContainText('No key needed');
  await expect(steps.first()).toContainText("Chrome's built-in model is not available on this device.");
  await expect(steps.first()).toContainText('No Ollama or LM Studio server answered on its default port');
  // A hosted preset links to where its keys are made.
  await expect(page.getByRole('link', { name: 'Get an API key from OpenAI' })).toHaveAttribute('href', 'https://platform.openai.com/api-keys');
  await options.screenshots('wizard-1-provider');

  await options.field('Provider preset').selectOption({ label: 'Custom OpenAI-compatible endpoint' });
  await expect(page.getByRole('link', { name: /^Get an API key/ })).toHaveCount(0);
  await options.baseUrl.fill(llm.baseUrl);
  await options.apiKey.fill('sk-first-run');
  await options.screenshots('wizard-2-key');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.locator('.connection-test [aria-live]')).toHaveText(/^Connected in \d+ ms\. The endpoint lists \d+ models\.$/);
  await page.getByRole('button', { name: 'test-model-mini', exact: true }).click();
  await options.screenshots('wizard-3-test');
  await page.getByRole('button', { name: 'Done', exact: true }).click();

  // Try it: the practice field generates at once with the provider just saved.
  await expect(options.heading).toHaveText('You are set up');
  await options.field('What should Draftsmith write?').fill('Greet the new team');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  const result = page.getByRole('region', { name: 'Result' });
  await expect(result).toHaveText('Draftsmith test reply: Greet the new team');
  await expect(page.getByRole('status').filter({ hasText: 'Done' })).toContainText('test-model-mini');
  await options.field('Practice field').fill('My own line');
  await page.getByRole('button', { name: 'Insert into the field' }).click();
  await expect(options.field('Practice field')).toHaveValue('My own line\nDraftsmith test reply: Greet the new team');
  const sent = llm.requests.filter((request) => request.path === '/v1/chat/completions').at(-1);
  expect(sent?.headers.authorization).toBe('Bearer sk-first-run');

  // The three ways in, and the shortcuts with the keys the browser really assigned.
  await expect(page.getByText('Select text, right-click it and choose Draftsmith')).toBeVisible();
  await expect(page.getByText('Click the Draftsmith icon in the toolbar')).toBeVisible();
  const shortcuts = page.locator('.shortcut-list');
  await expect(shortcuts).toContainText('Open the Draftsmith panel in the focused field');
  await expect(shortcuts.locator('kbd')).toHaveText(['Alt+Shift+G', 'Alt+Shift+Y']);
  const assigned = await serviceWorker.evaluate(async () => (await chrome.commands.getAll()).find((command) => command.name === 'repeat-template')?.shortcut);
  expect(assigned).toBe('Alt+Shift+Y');
  await options.screenshots('wizard-4-try-it');
  const opened = context.waitForEvent('page', { predicate: (tab) => tab.url().startsWith('chrome://extensions/shortcuts') });
  await page.getByRole('button', { name: 'Change shortcuts' }).click();
  await opened;
});

test('a failed Done moves focus to the first field to fix', async ({ context, extensionId }) => {
  const page = await onboardingTab(context);
  const options = new OptionsPage(page, extensionId);
  await options.field('Provider preset').selectOption({ label: 'Custom OpenAI-compatible endpoint' });
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(options.baseUrl).toBeFocused();
  await expect(options.baseUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(options.heading).toHaveText('Welcome to Draftsmith');
  await options.screenshots('wizard-failed-done');
});
