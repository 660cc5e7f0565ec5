import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';
import { askInTextarea } from './page-objects/textarea-page';

async function onboardingTab(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/options.html#welcome');
  return context.pages().find(isWelcome) ?? context.waitForEvent('page', { predicate: isWelcome });
}

test('a fresh install opens the onboarding: pick a preset, paste a key, test, done; the next generation uses it', async ({ context, extensionId, llm, pages, serviceWorker }) => {
  const page = await onboardingTab(context);
  const options = new OptionsPage(page, extensionId);
  await expect(options.heading).toHaveText('Welcome to Draftsmith');
  await options.field('Provider preset').selectOption({ label: 'Custom OpenAI-compatible endpoint' });
  await options.baseUrl.fill(llm.baseUrl);
  await options.apiKey.fill('sk-first-run');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.locator('.connection-test [aria-live]')).toHaveText(/^Connected in \d+ ms\./);
  await page.getByRole('button', { name: 'test-model-mini', exact: true }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(options.heading).toHaveText('You are set up');

  const stored = await serviceWorker.evaluate(async () => ({
    settings: (await chrome.storage.sync.get('settings')).settings as { providers: Array<{ id: string }>; chain: unknown },
    keys: (await chrome.storage.local.get('apiKeys')).apiKeys,
  }));
  expect(stored.settings.providers.map((provider) => provider.id)).toEqual(['custom']);
  expect(stored.settings.chain).toEqual([{ providerId: 'custom', model: 'test-model-mini' }]);
  expect(stored.keys).toEqual({ custom: 'sk-first-run' });

  await askInTextarea(context, pages.url, 'First words', 'Answer from test-model-mini');
  const sent = llm.requests.filter((request) => request.path === '/v1/chat/completions').at(-1);
  expect(sent?.headers.authorization).toBe('Bearer sk-first-run');

  // Once set up, the page opens on the providers instead.
  await page.goto(options.url().replace(/#.*$/, ''));
  await expect(options.heading).toHaveText('Providers');
});

test('with nothing set up and no local model running, the panel offers Open settings, which lands on the onboarding', async ({ context, pages }) => {
  const panel = await askInTextarea(context, pages.url, 'Hello', 'Cannot reach the endpoint');
  await panel.dialog.getByRole('button', { name: 'Open settings' }).click();
  // The install already opened the options page; Chrome focuses it instead of opening another.
  await expect.poll(() => context.pages().filter((page) => page.url().includes('/options.html')).length).toBeGreaterThan(0);
  const options = context.pages().find((page) => page.url().includes('/options.html'));
  await expect(options!.getByRole('main').getByRole('heading', { level: 2 })).toHaveText('Welcome to Draftsmith');
});
