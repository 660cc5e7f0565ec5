// The panel's writing tools against the built extension and the loopback server: the word diff and the
// Fix grammar review (per-change reject, one-step undo in each editor's own state), Variants, Refine with
// Back and Forward, tone and length presets and the translation language (remembered per site), and the
// screenshots of each state in light and dark.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage, type EditorCase } from './page-objects/editor-page';
import { InlinePanel } from './page-objects/inline-panel';

const SENTENCE = 'Their going to the the store tomorow.';
const FIXED = "They're going to the store tomorrow.";
// "tomorow" → "tomorrow" rejected: the rest of the fix goes in.
const WITH_REJECTION = "They're going to the store tomorow.";

type Message = { role: string; content: string };
type Llm = { requests: { path: string; body: unknown }[] };

const chatRequests = (llm: Llm) => llm.requests.filter((request) => request.path === '/v1/chat/completions');
const messagesOf = (body: unknown): Message[] => (body as { messages?: Message[] }).messages ?? [];
const lastUserText = (llm: Llm) => messagesOf(chatRequests(llm).at(-1)?.body).filter((message) => message.role === 'user').map((message) => message.content).join('\n');

async function shoot(page: Page, target: Locator, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await target.screenshot({ path: `test-results/screenshots/writing-${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const EDITORS: EditorCase[] = [
  { name: 'a textarea', file: 'react-controlled.html', field: '#body' },
  { name: 'Lexical', file: 'lexical.html', field: '#editor' },
  { name: 'Tiptap (ProseMirror)', file: 'tiptap.html', field: '.ProseMirror' },
  { name: 'Quill', file: 'quill.html', field: '.ql-editor' },
];

for (const editor of EDITORS) {
  test(`Fix grammar in ${editor.name}: the diff marks each change, a rejected one stays as it was, and one Ctrl+Z restores the original`, async ({ context, pages, configure, llm }) => {
    await configure({});
    llm.script({ kind: 'ok', reply: FIXED, match: { contains: 'Fix the spelling' } });
    const page = new EditorPage(await context.newPage(), editor);
    await page.goto(pages.url);
    await page.field.click();
    await page.page.keyboard.press('Control+a');
    await page.page.keyboard.type(SENTENCE);
    await expect.poll(async () => (await page.state()).trim()).toBe(SENTENCE);
    // Quill's history folds edits made within a second into one step; a person pauses longer than that
    // between typing and asking for a fix, so the typing and the fix are separate undo steps.
    await page.page.waitForTimeout(1100);
    await page.panel.open(page.field);
    await page.panel.quickAction('Fix grammar').click();

    const result = page.panel.result;
    await expect(result.locator('del').first()).toBeVisible();
    await expect(result.locator('del')).toContainText(['Their', 'the', 'tomorow']);
    await expect(result.locator('ins')).toContainText(["They're", 'tomorrow']);
    // The same-word parts are plain text, not marked.
    await expect(result.locator('del, ins').filter({ hasText: 'going' })).toHaveCount(0);
    await expect(result).toContainText('3 of 3 changes kept');

    await page.panel.rejectChange('tomorow', 'tomorrow').click();
    await expect(page.panel.rejectChange('tomorow', 'tomorrow')).toHaveAttribute('aria-pressed', 'true');
    await expect(result).toContainText('2 of 3 changes kept');
    await expect(result.locator('del')).toContainText(['Their', 'the']);
    if (editor.file === 'react-controlled.html') await shoot(page.page, page.panel.dialog, 'grammar-review-rejected');

    // The plain view shows exactly what Replace writes.
    await page.panel.showPlainResult();
    await expect(result).toContainText(WITH_REJECTION);
    await page.panel.button('Replace').click();
    await expect.poll(async () => (await page.state()).trim()).toBe(WITH_REJECTION);

    await page.field.focus();
    await page.page.keyboard.press('Control+z');
    await expect.poll(async () => (await page.state()).trim()).toBe(SENTENCE);
    expect(page.errors).toEqual([]);
  });
}

test('a rewrite shows its word diff (light and dark), and the toggle shows the plain result', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'Dear team, many thanks for the fast reply.', match: { contains: 'Rewrite' } });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  await field.fill('Dear team, thanks for the quick reply.');
  const panel = new InlinePanel(page);
  await panel.open(field);
  await panel.quickAction('Rewrite').click();
  await expect(panel.result.locator('ins')).toContainText(['many', 'fast']);
  await expect(panel.result.locator('del')).toContainText(['quick']);
  // Not colour alone: each mark carries a cue that screen readers speak.
  await expect(panel.result.locator('del').first()).toHaveAttribute('data-cue', 'removed: ');
  await expect(panel.result.locator('ins').first()).toHaveAttribute('data-cue', 'added: ');
  await shoot(page, panel.dialog, 'diff');
  await panel.showPlainResult();
  await expect(panel.result.locator('del, ins')).toHaveCount(0);
  await expect(panel.result).toContainText('Dear team, many thanks for the fast reply.');
});

test('Variants: three requests, each its own; the second one picked is what goes in', async ({ context, pages, configure, llm, extensionId }) => {
  await configure({});
  llm.script(
    { kind: 'ok', reply: 'We open on Monday.', match: { contains: 'Rewrite' } },
    { kind: 'ok', reply: 'First alternative.', match: { contains: 'alternative 1 of 3' } },
    { kind: 'ok', reply: 'Second alternative.', match: { contains: 'alternative 2 of 3' } },
    { kind: 'ok', reply: 'Third alternative.', match: { contains: 'alternative 3 of 3' } },
  );
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const field = page.locator('#note');
  await field.fill('We are open on Monday.');
  const panel = new InlinePanel(page);
  await panel.open(field);
  await panel.quickAction('Rewrite').click();
  await expect(panel.versions).toContainText('Version 1 of 1');
  const options = await context.newPage();
  const metricsBefore = await metricsCount(options, extensionId);
  await page.bringToFront();

  await panel.button('Variants').click();
  await expect(panel.variants.getByRole('button')).toHaveCount(3);
  await expect(panel.variants.getByRole('button', { name: 'Use variant 2' })).toContainText('Second alternative.');
  await expect(panel.variants.getByRole('button', { name: 'Use variant 3' })).toContainText('Third alternative.');
  await expect(panel.variants.getByRole('button', { name: 'Use variant 1' })).toContainText('First alternative.');
  await shoot(page, panel.dialog, 'variants');

  // Three separate upstream calls, none coalesced or answered from the cache, each with its own metrics record.
  const variantBodies = chatRequests(llm).slice(1).map((request) => JSON.stringify(request.body));
  expect(variantBodies).toHaveLength(3);
  for (const n of [1, 2, 3]) expect(variantBodies.filter((body) => body.includes(`alternative ${n} of 3`))).toHaveLength(1);
  await expect.poll(async () => (await metricsCount(options, extensionId)) - metricsBefore).toBe(3);
  await page.bringToFront();

  await panel.variants.getByRole('button', { name: 'Use variant 2' }).click();
  await expect(panel.variants).toHaveCount(0);
  await expect(panel.versions).toContainText('Version 2 of 2');
  await panel.button('Replace').click();
  await expect(field).toHaveValue('Second alternative.');
});

test('Refine continues the conversation: the server gets the earlier turns; Back and Forward move between versions', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script(
    { kind: 'ok', reply: 'Hello, team.', match: { contains: 'Write a greeting' } },
    { kind: 'ok', reply: 'Hello, wonderful team!', match: { contains: 'warmer' } },
  );
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  await panel.open(page.locator('#note'));
  await panel.ask('Write a greeting');
  await expect(panel.result).toContainText('Hello, team.');
  await panel.refineInput.fill('warmer');
  await panel.refineInput.press('Enter');
  await expect(panel.result).toContainText('Hello, wonderful team!');

  const messages = messagesOf(chatRequests(llm).at(-1)?.body);
  const turns = messages.filter((message) => message.role !== 'system');
  expect(turns.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
  expect(turns[0]?.content).toContain('Write a greeting');
  expect(turns[1]?.content).toBe('Hello, team.');
  expect(turns[2]?.content).toBe('warmer');

  await expect(panel.versions).toContainText('Version 2 of 2');
  await panel.button('Back').click();
  await expect(panel.versions).toContainText('Version 1 of 2');
  await expect(panel.result).toHaveText('Hello, team.');
  await shoot(page, panel.dialog, 'refine-back');
  await panel.button('Forward').click();
  await expect(panel.result).toHaveText('Hello, wonderful team!');
  await expect(panel.button('Forward')).toBeDisabled();
  await shoot(page, panel.dialog, 'refine-forward');
  await panel.button('Insert').click();
  // The caret was at the start of the field when the panel opened.
  await expect(page.locator('#note')).toHaveValue('Hello, wonderful team!Dear team,');
});

test('tone and length change the request and are remembered per site after a reload', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'Dear colleagues,', times: -1 });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  const field = page.locator('#note');

  await panel.open(field);
  await panel.quickAction('Rewrite').click();
  await expect(panel.versions).toContainText('Version 1 of 1');
  expect(lastUserText(llm)).not.toMatch(/Use a [a-z, ]+ tone/);

  // A tone change on a rewrite on screen asks again, in that tone.
  await panel.select('Tone').selectOption('formal');
  await expect(panel.versions).toContainText('Version 2 of 2');
  expect(lastUserText(llm)).toContain('Use a formal, professional tone.');
  await panel.select('Length').selectOption('shorter');
  await expect(panel.versions).toContainText('Version 3 of 3');
  expect(lastUserText(llm)).toContain('Use a formal, professional tone.');
  expect(lastUserText(llm)).toContain('about a third shorter');

  await page.reload();
  await panel.open(field);
  await expect(panel.select('Tone')).toHaveValue('formal');
  await expect(panel.select('Length')).toHaveValue('shorter');
  await panel.quickAction('Rewrite').click();
  await expect(panel.versions).toContainText('Version 1 of 1');
  expect(lastUserText(llm)).toContain('Use a formal, professional tone.');

  // Another site keeps its own (default) style.
  const other = await context.newPage();
  await other.goto(`${pages.otherOriginUrl}/textarea.html`);
  const otherPanel = new InlinePanel(other);
  await otherPanel.open(other.locator('#note'));
  await expect(otherPanel.select('Tone')).toHaveValue('neutral');
  await expect(otherPanel.select('Length')).toHaveValue('as-is');
});

test('Translate names the chosen language, remembers it, and says there is nothing to translate in an empty field', async ({ context, pages, configure, llm }) => {
  await configure({});
  llm.script({ kind: 'ok', reply: 'チームの皆さん、', match: { contains: 'Translate' } });
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  const field = page.locator('#note');

  await panel.open(field);
  await panel.select('Translate to').selectOption('ja');
  await panel.quickAction('Translate').click();
  await expect(panel.versions).toContainText('Version 1 of 1');
  expect(lastUserText(llm)).toContain('into Japanese');

  await page.reload();
  await field.fill('');
  await panel.open(field);
  await expect(panel.select('Translate to')).toHaveValue('ja');
  const before = chatRequests(llm).length;
  await panel.quickAction('Translate').click();
  await expect(panel.dialog).toContainText('There is nothing to translate');
  expect(chatRequests(llm).length).toBe(before);
});

// Metrics records, read through the options page's own getMetrics message (an extension page may send it).
async function metricsCount(page: Page, extensionId: string): Promise<number> {
  if (!page.url().startsWith('chrome-extension://')) await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ id: Date.now(), type: 'getMetrics', data: {}, timestamp: Date.now() })) as { res?: { records: unknown[] } };
    return reply.res?.records.length ?? -1;
  });
}
