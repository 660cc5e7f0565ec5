// The popup's form fill end to end: one request per fill, secrets never sent, frameworks see the values, Undo.
import { test, expect } from './fixtures/test';
import { PopupPage, tabIdOf } from './page-objects/popup-page';
import type { LlmServer } from '../server/llm-server';

const PASSWORD = 'hunter2-very-secret';
const CARD = '4242424242424242';
const CVC = '987';

function chatRequests(llm: LlmServer) {
  return llm.requests.filter((request) => request.path === '/v1/chat/completions');
}

function expectNoSecrets(llm: LlmServer, secrets: string[]): void {
  for (const request of chatRequests(llm)) for (const secret of secrets) expect(request.rawBody).not.toContain(secret);
}

const APPLICATION_ANSWER = {
  f1: 'Ann Example',
  f2: 'ann@example.com',
  f3: '+49 30 1234567',
  f4: 'https://ann.example',
  f5: 7,
  f6: 'fr',
  f7: 'remote',
  f8: true,
  f9: '2025-03-01',
  f10: 'Paris',
  f11: 'Dear team, I would like to join.',
};

test('a plain job application: one request, no secrets sent, the preview respects typed values, Fill and Undo', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/job-application.html`;
  await page.goto(url);
  // The user types the city (a page's own `value` attribute would be a default, offered for replacing).
  await page.locator('#city').fill('Berlin');
  await page.locator('#pw').fill(PASSWORD);
  await page.locator('#card').fill(CARD);
  llm.script({ kind: 'ok', reply: JSON.stringify(APPLICATION_ANSWER) });

  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.suggest('Apply for me as Ann, remote, from March.');

  // Password, card number, hidden and disabled fields are not offered.
  await expect(popup.preview.getByRole('listitem')).toHaveCount(11);
  await expect(popup.preview).not.toContainText('password');
  await expect(popup.preview).not.toContainText('Card number');
  await expect(popup.preview).not.toContainText('Reference');
  await expect(popup.value('Full name')).toHaveValue('Ann Example');
  await expect(popup.value('Country')).toHaveValue('fr');
  // The city already holds the user's "Berlin": its proposal starts unticked.
  await expect(popup.applyBox('City')).not.toBeChecked();
  await expect(popup.applyBox('Email')).toBeChecked();
  await expect(popup.status).toContainText('11 of 11 fields have a proposed value');

  await popup.value('Phone').fill('+49 30 7654321');
  await popup.button('Fill 10 fields').click();
  await expect(popup.status).toContainText('Filled 10 fields.');

  await expect(page.locator('#name')).toHaveValue('Ann Example');
  await expect(page.locator('#email')).toHaveValue('ann@example.com');
  await expect(page.locator('#phone')).toHaveValue('+49 30 7654321');
  await expect(page.locator('#site')).toHaveValue('https://ann.example');
  await expect(page.locator('#years')).toHaveValue('7');
  await expect(page.locator('#country')).toHaveValue('fr');
  await expect(page.locator('input[name="mode"][value="remote"]')).toBeChecked();
  await expect(page.locator('#contact')).toBeChecked();
  await expect(page.locator('#start')).toHaveValue('2025-03-01');
  await expect(page.locator('#letter')).toHaveValue('Dear team, I would like to join.');
  await expect(page.locator('#city')).toHaveValue('Berlin');
  await expect(page.locator('#pw')).toHaveValue(PASSWORD);
  await expect(page.locator('#card')).toHaveValue(CARD);

  await popup.button('Undo fill').click();
  await expect(popup.status).toContainText('Restored 10 fields.');
  for (const id of ['#name', '#email', '#phone', '#site', '#years', '#country', '#start', '#letter']) await expect(page.locator(id)).toHaveValue('');
  await expect(page.locator('input[name="mode"]:checked')).toHaveCount(0);
  await expect(page.locator('#contact')).not.toBeChecked();
  await expect(page.locator('#city')).toHaveValue('Berlin');

  const requests = chatRequests(llm);
  expect(requests).toHaveLength(1);
  expect(requests[0]?.body).toMatchObject({ response_format: { type: 'json_schema', json_schema: { name: 'form_fill' } } });
  expectNoSecrets(llm, [PASSWORD, CARD, 'hidden-token-123', 'R-1']);
});

test('the job belongs to the background: a closed and reopened popup shows the preview with the edits', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/job-application.html`;
  await page.goto(url);
  await page.locator('#city').fill('Berlin');
  await page.locator('#name').focus();
  llm.script({ kind: 'ok', reply: JSON.stringify(APPLICATION_ANSWER), chunkDelayMs: 30 });
  const tabId = await tabIdOf(serviceWorker, url);

  const first = await PopupPage.open(context, extensionId, tabId);
  await first.instruction.fill('Apply for me');
  await first.button('Suggest values').click();
  // Closed while the model is still answering.
  await first.page.close();

  const second = await PopupPage.open(context, extensionId, tabId);
  await expect(second.value('Full name')).toHaveValue('Ann Example');
  await second.applyBox('Cover letter').uncheck();
  await second.value('Email').fill('ann@work.example');
  // Each edit sends every row, so the last one the background stored carries both changes.
  const stored = () => serviceWorker.evaluate(async (key) => JSON.stringify((await chrome.storage.session.get(key))[key] ?? null), `form-fill:${tabId}`);
  await expect.poll(stored).toContain('ann@work.example');
  await second.page.close();

  const third = await PopupPage.open(context, extensionId, tabId);
  await expect(third.value('Email')).toHaveValue('ann@work.example');
  await expect(third.applyBox('Cover letter')).not.toBeChecked();
  await third.button('Fill 9 fields').click();
  await expect(page.locator('#email')).toHaveValue('ann@work.example');
  await expect(page.locator('#letter')).toHaveValue('');
  expect(chatRequests(llm)).toHaveLength(1);
});

test('a React-controlled signup: the app state matches after Fill and after Undo', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/built/forms/signup.html`;
  await page.goto(url);
  await page.locator('#password').fill(PASSWORD);
  llm.script({
    kind: 'ok',
    reply: JSON.stringify({ f1: 'Ann', f2: 'ann@example.com', f3: 'pro', f4: 'designer', f5: true, f6: '1990-05-17', f7: 'Frontend dev.' }),
  });

  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.suggest('Sign me up as Ann, a designer on the Pro plan, with the newsletter.');
  await expect(popup.preview).not.toContainText('Password');
  // Plan and role hold React's initial state, a page default the user never changed: offered for filling.
  await expect(popup.applyBox('Plan')).toBeChecked();
  await expect(popup.applyBox('Role')).toBeChecked();
  await popup.button('Fill 7 fields').click();
  await expect(popup.status).toContainText('Filled 7 fields.');

  const state = () => page.evaluate(() => window.signupState);
  await expect.poll(state).toEqual({
    name: 'Ann',
    email: 'ann@example.com',
    plan: 'pro',
    role: 'designer',
    newsletter: true,
    birthday: '1990-05-17',
    bio: 'Frontend dev.',
    password: PASSWORD,
  });

  await popup.button('Undo fill').click();
  await expect(popup.status).toContainText('Restored 7 fields.');
  await expect.poll(state).toEqual({ name: '', email: '', plan: 'free', role: 'developer', newsletter: false, birthday: '', bio: '', password: PASSWORD });

  expect(chatRequests(llm)).toHaveLength(1);
  expectNoSecrets(llm, [PASSWORD]);
});

test('a form split across a cross-origin iframe is read and filled in one request', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/split-parent.html`;
  await page.goto(url);
  const child = page.frameLocator('#part');
  await child.locator('#street').waitFor();
  await child.locator('#cvc').fill(CVC + '-cvc-secret');
  llm.script({ kind: 'ok', reply: JSON.stringify({ f1: 'Ann', f2: 'support', f3: 'Main St 1', f4: '10115', f5: 'Leave it at the door' }) });

  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.suggest('Ann, Main St 1, 10115; asking support.');
  await expect(popup.preview.getByRole('listitem')).toHaveCount(5);
  await expect(popup.preview).not.toContainText('Security code');
  // The topic shows the page's first option, a default: it is filled too.
  await popup.button('Fill 5 fields').click();
  await expect(popup.status).toContainText('Filled 5 fields.');

  await expect(page.locator('#first')).toHaveValue('Ann');
  await expect(page.locator('#topic')).toHaveValue('support');
  await expect(child.locator('#street')).toHaveValue('Main St 1');
  await expect(child.locator('#zip')).toHaveValue('10115');
  await expect(child.locator('#notes')).toHaveText('Leave it at the door');

  await popup.button('Undo fill').click();
  await expect(popup.status).toContainText('Restored 5 fields.');
  await expect(page.locator('#first')).toHaveValue('');
  await expect(page.locator('#topic')).toHaveValue('sales');
  await expect(child.locator('#street')).toHaveValue('');
  await expect(child.locator('#notes')).toHaveText('');

  const requests = chatRequests(llm);
  expect(requests).toHaveLength(1);
  expect(requests[0]?.rawBody).toContain('Street');
  expectNoSecrets(llm, [CVC + '-cvc-secret']);
});

test('a provider that rejects json_schema (400) gets one json_object request instead', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/job-application.html`;
  await page.goto(url);
  llm.script({ kind: 'http-error', status: 400 }, { kind: 'ok', reply: JSON.stringify(APPLICATION_ANSWER) });

  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.suggest('Apply for me');
  await expect(popup.value('Email')).toHaveValue('ann@example.com');
  await expect(popup.fillSection).toContainText('refused structured output');
  const formats = chatRequests(llm).map((request) => (request.body as { response_format?: { type?: string } }).response_format?.type);
  expect(formats).toEqual(['json_schema', 'json_object']);
});

test('page defaults (a selected option, a checkbox checked by default, a value attribute) are proposed and filled; what the user changed is not', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/defaults.html`;
  await page.goto(url);
  // The user picks a language, ticks the terms box and types a nickname: those are theirs.
  await page.locator('#locale').selectOption('en_US');
  await page.locator('#terms').click();
  await page.locator('#nick').fill('Annie');
  await page.locator('#login').focus();
  llm.script({
    kind: 'ok',
    reply: JSON.stringify({ f1: 'ann', f2: 'https://ann.example', f3: 'editor', f4: false, f5: 'de_DE', f6: false, f7: 'Ann' }),
  });

  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.suggest('Add Ann as an editor, site https://ann.example, no email.');
  await expect(popup.preview.getByRole('listitem')).toHaveCount(7);
  for (const label of ['Username', 'Website', 'Role', 'Send the new user an email about their account']) await expect(popup.applyBox(label), label).toBeChecked();
  for (const label of ['Language', 'Accept the site terms', 'Nickname']) await expect(popup.applyBox(label), label).not.toBeChecked();
  await expect(popup.value('Role')).toHaveValue('editor');

  await popup.button('Fill 4 fields').click();
  await expect(popup.status).toContainText('Filled 4 fields.');
  await expect(page.locator('#login')).toHaveValue('ann');
  await expect(page.locator('#website')).toHaveValue('https://ann.example');
  await expect(page.locator('#role')).toHaveValue('editor');
  await expect(page.locator('#notify')).not.toBeChecked();
  await expect(page.locator('#locale')).toHaveValue('en_US');
  await expect(page.locator('#terms')).toBeChecked();
  await expect(page.locator('#nick')).toHaveValue('Annie');

  await popup.button('Undo fill').click();
  await expect(popup.status).toContainText('Restored 4 fields.');
  await expect(page.locator('#role')).toHaveValue('subscriber');
  await expect(page.locator('#notify')).toBeChecked();
  await expect(page.locator('#website')).toHaveValue('https://');
  expect(chatRequests(llm)).toHaveLength(1);
});

test('React copies typed text into the value attribute, yet what the user typed there stays theirs (unticked)', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/built/forms/signup.html`;
  await page.goto(url);
  await page.locator('#name').fill('Bob');
  await page.locator('#bio').fill('Writes code.');
  // React keeps the attribute in step, so defaultValue alone would call the typed name a page default.
  await expect(page.locator('#name')).toHaveAttribute('value', 'Bob');
  llm.script({ kind: 'ok', reply: JSON.stringify({ f1: 'Ann', f2: 'ann@example.com', f3: 'pro', f4: 'designer', f5: true, f6: '1990-05-17', f7: 'Frontend dev.' }) });

  const popup = await PopupPage.open(context, extensionId, await tabIdOf(serviceWorker, url));
  await popup.suggest('Sign me up as Ann.');
  // The name was typed and left; the bio still has focus: both are the user's.
  await expect(popup.applyBox('Display name')).not.toBeChecked();
  await expect(popup.applyBox('About you')).not.toBeChecked();
  await expect(popup.applyBox('Email address')).toBeChecked();
});

test('values read from a page that has since changed are not lost silently: the popup says so and Try again reads the new page', async ({ context, pages, configure, llm, serviceWorker, extensionId }) => {
  await configure({});
  const page = await context.newPage();
  const url = `${pages.url}/forms/job-application.html`;
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);
  llm.script({ kind: 'ok', reply: JSON.stringify(APPLICATION_ANSWER) });
  const popup = await PopupPage.open(context, extensionId, tabId);
  await popup.suggest('Apply for me as Ann.');

  // Before anything is filled, the tab goes to another form; the popup is opened again.
  await page.goto(`${pages.url}/forms/defaults.html`);
  await popup.page.reload();
  await expect(popup.status).toHaveText(/The page changed .* before these values went in/);
  await expect(popup.preview).toHaveCount(0);
  await popup.page.screenshot({ path: 'test-results/screenshots/popup-page-changed.png', fullPage: true });
  // It stays said until the user acts, however often the popup looks again.
  await popup.page.reload();
  await expect(popup.status).toContainText('The page changed');

  llm.script({ kind: 'ok', reply: JSON.stringify({ f1: 'ann', f2: 'https://ann.example', f3: 'editor', f4: false, f5: 'de_DE', f6: false, f7: 'Ann' }) });
  await popup.button('Try again').click();
  await expect(popup.preview.getByRole('listitem')).toHaveCount(7);
  expect(chatRequests(llm)).toHaveLength(2);
});
