// History entries named by what the user did and where, in the user's own words, with a failure's reason and a
// Retry that runs the request again; and the dashboard with this little data.
import { test, expect } from './fixtures/test';
import { InlinePanel } from './page-objects/inline-panel';
import { OptionsPage } from './page-objects/options-page';
import { askInTextarea } from './page-objects/textarea-page';

test('history names entries by action and site, shows the user’s words, and a failure’s reason with a working Retry', async ({ context, extensionId, configure, llm, pages }) => {
  await configure({});
  const site = new URL(pages.url).host;
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  await page.locator('#note').fill('teh cat sat');
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.quickAction('Fix grammar').click();
  await expect(panel.status).toContainText('Done');
  llm.script({ kind: 'unauthorized' });
  await askInTextarea(context, pages.url, 'Failing words', 'rejected the API key (401)');

  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('history');
  const entries = options.page.getByRole('list', { name: 'Generations' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  const failed = entries.first();
  await expect(failed.getByRole('heading', { level: 3 })).toHaveText(`Prompt · ${site}`);
  await expect(failed).toContainText('Your words: Failing words');
  await expect(failed).toContainText('Failed: The provider rejected the API key (401).');
  const fixed = entries.nth(1);
  await expect(fixed.getByRole('heading', { level: 3 })).toHaveText(`Fix grammar · ${site}`);
  // The template's own instructions are not the user's words, so none are shown as theirs (the test server's
  // reply echoes the prompt, so the answer itself does contain them).
  await expect(fixed).not.toContainText('Your words');
  await expect(fixed.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
  await options.screenshots('history');

  await failed.getByRole('button', { name: `Retry Prompt · ${site}` }).click();
  // The new entry goes on top, so the failed one is found by its reason from here on.
  const stillFailed = entries.filter({ hasText: 'Failed: The provider rejected the API key' });
  await expect(stillFailed.getByRole('status')).toHaveText('Done. The new answer is at the top of the list.');
  await expect(entries).toHaveCount(3);
  const retried = entries.first();
  await expect(retried.getByRole('heading', { level: 3 })).toHaveText(`Prompt · ${site}`);
  await expect(retried).toContainText('Draftsmith test reply');
  await expect(retried).not.toContainText('Failed');
  // The retry went out with the same words and the field's text the failed request had.
  const sent = JSON.stringify(llm.requests.filter((request) => request.path === '/v1/chat/completions').at(-1)?.body);
  expect(sent).toContain('Failing words');

  // The dashboard with three requests in one hour: hours, not one wall-to-wall day bar; no prices, said so.
  await options.open('Dashboard');
  await expect(options.page.getByRole('figure', { name: 'Requests and success rate per hour' })).toBeVisible();
  await expect(options.page.getByRole('figure', { name: 'Tokens per hour' })).toContainText('No cost shown');
  await options.screenshots('dashboard-little-data');
});

test('an empty dashboard and history say why they are empty', async ({ context, extensionId, configure }) => {
  await configure({});
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.goto('metrics');
  await expect(options.page.getByText('Each generation adds a point here')).toBeVisible();
  await options.screenshots('dashboard-empty');
});
