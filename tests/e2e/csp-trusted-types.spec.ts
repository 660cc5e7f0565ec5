// A page served with a strict Content-Security-Policy and Trusted Types (no policy allowed): the trigger, the panel,
// insertion into a textarea and a contenteditable, and the selection card's Markdown all work, and the page's own
// securitypolicyviolation listener records nothing.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { InlinePanel } from './page-objects/inline-panel';
import { clickMenu, SelectionCard } from './page-objects/selection-card';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

const SENTINEL = 'draftsmith-test-sentinel';

// Violations are reported as queued events, in order: the page makes one of its own last, and once that one has
// arrived every earlier violation has too. Returns what came before it.
async function violationsBeforeSentinel(page: Page): Promise<Violation[]> {
  await page.evaluate((text) => {
    try {
      document.createElement('div').innerHTML = text;
    } catch {
      // Refused, as it must be on this page: the report is what we wait for.
    }
  }, SENTINEL);
  const read = () => page.evaluate(() => (window as { violations?: Violation[] }).violations ?? []);
  await expect.poll(async () => (await read()).some((violation) => violation.sample.includes(SENTINEL))).toBe(true);
  const all = await read();
  return all.slice(0, all.findIndex((violation) => violation.sample.includes(SENTINEL)));
}

test('trigger, panel, Insert into a textarea and a contenteditable, and the Markdown card raise no CSP or Trusted Types violation', async ({ context, pages, configure, llm, serviceWorker }) => {
  await configure({});
  const page = await context.newPage();
  const response = await page.goto(`${pages.url}/csp/strict.html`);
  expect(response?.headers()['content-security-policy']).toContain("trusted-types 'none'");
  // The policy is in force: the page itself may not use an HTML string.
  expect(await page.evaluate(() => (window as { violations?: unknown[] }).violations)).toEqual([]);

  const panel = new InlinePanel(page);
  llm.script({ kind: 'ok', reply: ' Thanks for **waiting**.' });
  await page.locator('#note').focus();
  await page.keyboard.press('End');
  await panel.open(page.locator('#note'));
  await panel.generateAnd('Insert', 'Thank them', 'Thanks for');
  await expect(page.locator('#note')).toHaveValue('Dear team, Thanks for **waiting**.');

  llm.script({ kind: 'ok', reply: ' world' });
  await page.locator('#editable').focus();
  await page.keyboard.press('End');
  await panel.open(page.locator('#editable'));
  await panel.generateAnd('Insert', 'Continue', 'world');
  await expect(page.locator('#editable')).toHaveText('Hello world');

  llm.script({ kind: 'ok', reply: 'A **strict** page, explained.' });
  await page.evaluate(() => {
    const node = document.getElementById('para')?.firstChild;
    if (!(node instanceof Text)) throw new Error('no text');
    const range = document.createRange();
    range.setStart(node, 2);
    range.setEnd(node, 13);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await clickMenu(serviceWorker, page, { menuItemId: 'draftsmith.builtin.explain', selectionText: 'strict page' });
  const card = new SelectionCard(page);
  await expect(card.status).toContainText('Done');
  // Rendered as Markdown (a <strong>), not the plain-text fallback.
  await expect(card.result.locator('strong')).toHaveText('strict');

  expect(await violationsBeforeSentinel(page)).toEqual([]);
});
