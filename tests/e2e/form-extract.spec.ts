// The form agent on a page of label, constraint and exclusion cases: what it offers, what it never reads, how it writes.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EXTENSION_DIR } from './fixtures/chromium';
import type { AgentCommand, AgentResult } from '../../lib/forms/agent-protocol';

declare global {
  interface Window {
    __draftsmithFormAgent?: { run(command: AgentCommand): AgentResult };
  }
}

// The built agent, run in the page's main world: the DOM work is the same as in the extension's isolated world.
async function agentOn(page: Page) {
  await page.addScriptTag({ path: path.join(EXTENSION_DIR, 'form-agent.js') });
  return (command: AgentCommand) => page.evaluate((cmd) => window.__draftsmithFormAgent!.run(cmd), command);
}

async function extract(run: (command: AgentCommand) => Promise<AgentResult>) {
  const result = await run({ op: 'extract' });
  if (result.op !== 'extract') throw new Error('expected an extraction');
  return result.frame;
}

test('extraction: labels from aria, <label>, placeholder and nearby text; constraints; choices; shadow DOM; groups', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(`${pages.url}/forms/extract.html`);
  const frame = await extract(await agentOn(page));
  expect(frame.fields.map((field) => field.label)).toEqual([
    'Given name',
    'Family name',
    'What friends call you',
    'Favourite colour',
    'Country',
    'About',
    'Age',
    'Zip',
    'I accept the terms',
    'Size',
    'Email',
    'City',
  ]);
  const byName = Object.fromEntries(frame.fields.map((field) => [field.name, field]));
  expect(byName.given).toMatchObject({ kind: 'text', value: 'Ann', autocomplete: 'given-name' });
  expect(byName.colour).toMatchObject({ open: true, options: [{ value: 'red', label: 'red' }, { value: 'green', label: 'Green!' }] });
  expect(byName.country).toMatchObject({ kind: 'select', multiple: false, options: [{ value: '', label: '—' }, { value: 'de', label: 'Germany' }] });
  expect(byName.about).toMatchObject({ kind: 'textarea', maxLength: 300, minLength: 10, required: true });
  expect(byName.age).toMatchObject({ inputType: 'number', min: '18', max: '99', step: '1' });
  expect(byName.zip).toMatchObject({ pattern: '[0-9]{5}' });
  expect(byName.terms).toMatchObject({ kind: 'checkbox', value: false });
  expect(byName.size).toMatchObject({ kind: 'radio', value: 'l', options: [{ value: 's', label: 'Small' }, { value: 'l', label: 'Large' }] });
  expect(byName.email).toMatchObject({ inputType: 'email', autocomplete: 'email' });
  expect(byName.city).toMatchObject({ value: 'Berlin' });
  expect(frame.groups.map((group) => group.label)).toEqual(['Profile', 'Newsletter', '']);
  expect([byName.given?.group, byName.email?.group, byName.city?.group]).toEqual([0, 1, 2]);
  expect(frame.title).toBe('Extraction cases');
});

test('extraction leaves out sensitive, hidden, disabled, read-only and unrendered fields without reading them', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(`${pages.url}/forms/extract.html`);
  const frame = await extract(await agentOn(page));
  const names = frame.fields.map((field) => field.name);
  for (const left of ['website', 'ro', 'hid', 'dis', 'pw', 'code', 'ccnum', 'exp', 'account', 'csrf', 'cv', 'otp-method']) expect(names).not.toContain(left);
  const json = JSON.stringify(frame);
  for (const value of ['honeypot', 'readonly-value', 'aria-hidden-value', 'disabled-value', 'password-value', 'otp-value', 'card-value', 'expiry-value', 'iban-value', 'hidden-value']) {
    expect(json).not.toContain(value);
  }
});

test('writing: native setters and events, a field the user changed is left alone, a sensitive one refused', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(`${pages.url}/forms/extract.html`);
  const run = await agentOn(page);
  const frame = await extract(run);
  const index = (name: string) => frame.fields.find((field) => field.name === name)?.index ?? -1;
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { eventLog: string[] }).eventLog = log;
    for (const type of ['input', 'change']) document.addEventListener(type, (event) => log.push(`${type}:${(event.target as HTMLInputElement).name}`), true);
  });
  await page.locator('[name="family"]').fill('Typed by the user');
  await page.evaluate(() => {
    (document.querySelector('[name="zip"]') as HTMLInputElement).type = 'password';
  });

  const result = await run({
    op: 'fill',
    highlight: true,
    writes: [
      { index: index('given'), name: 'given', value: 'Anna', expected: 'Ann' },
      { index: index('family'), name: 'family', value: 'Example', expected: '' },
      { index: index('zip'), name: 'zip', value: '10115', expected: '' },
      { index: index('age'), name: 'age', value: 'not a number', expected: '' },
      { index: index('size'), name: 'size', value: 's', expected: 'l' },
      { index: index('terms'), name: 'terms', value: true, expected: false },
      { index: 99, name: 'gone', value: 'x', expected: '' },
    ],
  });
  expect(result.op === 'fill' && result.results.map((one) => [one.name, one.outcome])).toEqual([
    ['given', 'written'],
    ['family', 'changed'],
    ['zip', 'refused'],
    ['age', 'rejected'],
    ['size', 'written'],
    ['terms', 'written'],
    ['gone', 'missing'],
  ]);
  await expect(page.locator('[name="given"]')).toHaveValue('Anna');
  await expect(page.locator('[name="family"]')).toHaveValue('Typed by the user');
  await expect(page.locator('#size-s')).toBeChecked();
  await expect(page.locator('#terms')).toBeChecked();
  const events = await page.evaluate(() => (window as unknown as { eventLog: string[] }).eventLog);
  expect(events).toEqual(expect.arrayContaining(['input:given', 'change:given', 'change:size', 'change:terms']));
});
