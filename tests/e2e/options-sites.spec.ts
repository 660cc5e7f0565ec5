import { test, expect } from './fixtures/test';
import { OptionsPage } from './page-objects/options-page';

test('allow patterns and switched-off sites decide where the Generate button appears', async ({ context, extensionId, configure, pages, serviceWorker }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  const page = options.page;
  await options.goto('sites');

  await options.field('Allowed sites').fill('https://localhost/');
  await options.save.click();
  await expect(page.getByRole('alert')).toHaveText(/^Line 1: Write a host name/);

  await options.field('Allowed sites').fill('localhost\n*.example.org');
  await options.field('Switch off a site').fill('https://mail.example.org/inbox');
  await options.field('Switch off a site').press('Enter');
  await expect(page.getByRole('button', { name: 'Turn mail.example.org back on' })).toBeVisible();
  await options.save.click();
  await expect(options.status).toHaveText('Saved.');
  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as { allowedSites: string[]; disabledSites: string[] });
  expect(stored).toMatchObject({ allowedSites: ['localhost', '*.example.org'], disabledSites: ['mail.example.org'] });

  // 127.0.0.1 matches no allow pattern; localhost does.
  const blocked = await context.newPage();
  await blocked.goto(`${pages.url}/textarea.html`);
  await blocked.locator('#note').focus();
  const allowed = await context.newPage();
  await allowed.goto(`${pages.otherOriginUrl}/textarea.html`);
  await allowed.locator('#note').focus();
  await expect(allowed.getByRole('button', { name: 'Generate' })).toBeVisible();
  await expect(blocked.getByRole('button', { name: 'Generate' })).toHaveCount(0);
});
