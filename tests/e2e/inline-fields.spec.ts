// The inline trigger and panel beyond plain textareas: which fields get it, frames and shadow roots, the
// keyboard command, Replace, edits made while the panel is open, the clipboard fallback and the site switch.
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { contentScriptListeners } from './fixtures/content-listeners';
import { evaluateInContentScript } from './fixtures/isolated-world';
import { INTERACTION_GLOBAL } from '../../lib/content/interaction-api';
import { EditorPage, STARTING_TEXT } from './page-objects/editor-page';
import { InlinePanel } from './page-objects/inline-panel';

const REPLY = 'Thanks for the quick turnaround.';

// The keyboard command, as the browser delivers it: to the worker, with the active tab.
async function pressOpenPanelCommand(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const onCommand = chrome.commands.onCommand as unknown as { dispatch(command: string, tab?: chrome.tabs.Tab): void };
    onCommand.dispatch('open-panel', tab);
  });
}

async function openFields(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/built/editors/fields.html`);
  await page.waitForFunction(() => (window as { editorReady?: boolean }).editorReady === true);
}

test.describe('which fields are offered', () => {
  const OFFERED = ['#text', '#untyped', '#search', '#email', '#url', '#tel', '#area', '#editable', '#plaintext-only'];
  // Disabled controls refuse focus from the browser itself; aria-disabled and aria-readonly editors take focus
  // and are refused by Draftsmith.
  const REFUSED = [
    '#password',
    '#card',
    '#card-exp',
    '#otp',
    '#readonly',
    '#readonly-area',
    '#number',
    '#date',
    '#checkbox',
    '#aria-readonly',
    '#aria-disabled',
    '#field-7',
    '#disabled',
    '#in-disabled-fieldset',
  ];

  test('text inputs, textareas and contenteditable get the trigger; sensitive, read-only and non-text fields never do', async ({ context, pages, configure }) => {
    await configure({});
    const page = await context.newPage();
    await openFields(page, pages.url);
    const panel = new InlinePanel(page);
    for (const id of OFFERED) {
      await page.locator(id).focus();
      await expect(panel.trigger, id).toBeVisible();
    }
    for (const id of REFUSED) {
      await page.locator(id).focus();
      await expect(panel.trigger, id).toBeHidden();
    }
  });

  test('same-origin frames (about:blank and srcdoc) are offered, their sensitive fields are not', async ({ context, pages, configure }) => {
    await configure({});
    const page = await context.newPage();
    await openFields(page, pages.url);
    for (const frameId of ['#blank-frame', '#srcdoc-frame']) {
      const frame = page.frameLocator(frameId);
      const panel = new InlinePanel(frame);
      await frame.locator('#note').focus();
      await expect(panel.trigger, frameId).toBeVisible();
      await frame.locator('#pw').focus();
      await expect(panel.trigger, `${frameId} password`).toBeHidden();
    }
    const srcdoc = page.frameLocator('#srcdoc-frame');
    for (const id of ['#card', '#otp']) {
      await srcdoc.locator(id).focus();
      await expect(new InlinePanel(srcdoc).trigger, id).toBeHidden();
    }
  });

  test('a cross-origin frame offers its text fields and never its password, payment, code or read-only fields', async ({ context, pages, configure }) => {
    await configure({});
    const page = await context.newPage();
    await page.goto(`${pages.url}/built/editors/cross-origin.html`);
    const frame = page.frameLocator('#frame');
    const panel = new InlinePanel(frame);
    await frame.locator('#note').focus();
    await expect(panel.trigger).toBeVisible();
    for (const id of ['#pw', '#card', '#otp', '#readonly']) {
      await frame.locator(id).focus();
      await expect(panel.trigger, id).toBeHidden();
    }
    await frame.locator('#editor').focus();
    await expect(panel.trigger).toBeVisible();
  });

  test('open shadow roots (nested too) are offered; their sensitive and disabled fields are not', async ({ context, pages, configure }) => {
    await configure({});
    const page = await context.newPage();
    await page.goto(`${pages.url}/built/editors/shadow-root.html`);
    const panel = new InlinePanel(page);
    for (const selector of ['compose-box #note', 'compose-box #editor', 'nested-field #nested']) {
      await page.locator(selector).focus();
      await expect(panel.trigger, selector).toBeVisible();
    }
    for (const id of ['#pw', '#card', '#otp', '#disabled']) {
      await page.locator(`compose-box ${id}`).focus();
      await expect(panel.trigger, id).toBeHidden();
    }
  });
});

test('the trigger sits outside the field, follows it on scroll and leaves with the focus', async ({ context, pages, configure }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  await page.evaluate(() => (document.body.style.height = '3000px'));
  const panel = new InlinePanel(page);
  const field = page.locator('#note');
  await field.focus();
  await expect(panel.trigger).toBeVisible();
  const fieldBox = await field.boundingBox();
  const before = await panel.trigger.boundingBox();
  expect(before && fieldBox && before.x >= fieldBox.x + fieldBox.width).toBe(true);

  await page.evaluate(() => window.scrollBy(0, 40));
  await expect.poll(async () => (await panel.trigger.boundingBox())?.y).toBeCloseTo((before?.y ?? 0) - 40, 0);

  await page.locator('#elsewhere').focus();
  await expect(panel.trigger).toBeHidden();
});

test('a site question the worker could not answer is asked again at the next focus, not taken as off for good', async ({ context, pages, configure, serviceWorker }) => {
  await configure({});
  // Settings reads fail for a moment, as a storage read can while the browser is busy or the worker restarts.
  const failReads = (on: boolean) =>
    serviceWorker.evaluate((fail) => {
      const sync = chrome.storage.sync as unknown as { get: (...args: unknown[]) => Promise<unknown>; realGet?: (...args: unknown[]) => Promise<unknown> };
      sync.realGet ??= sync.get.bind(chrome.storage.sync);
      const realGet = sync.realGet;
      const state = globalThis as { failedReads?: number };
      state.failedReads = 0;
      sync.get = fail
        ? () => {
            state.failedReads = (state.failedReads ?? 0) + 1;
            return Promise.reject(new Error('IO error: a read failed'));
          }
        : realGet;
    }, on);
  // A first answer, in another tab, as the worker gives it on a good day (it keeps a copy of the organisation's
  // policy then, whose write would make every tab ask again).
  const first = await context.newPage();
  await first.goto(`${pages.url}/textarea.html`);
  await first.locator('#note').focus();
  await expect(new InlinePanel(first).trigger).toBeVisible();
  await first.close();

  await failReads(true);
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  const panel = new InlinePanel(page);
  const field = page.locator('#note');
  await field.focus();
  await expect.poll(() => serviceWorker.evaluate(() => (globalThis as { failedReads?: number }).failedReads ?? 0)).toBeGreaterThan(0);
  // That focus got no answer about the site, so no button.
  await expect(panel.trigger).toBeHidden();
  await failReads(false);
  await page.locator('#elsewhere').focus();
  await field.focus();
  await expect(panel.trigger).toBeVisible();
});

test('the content script listens for focus only: nothing per keystroke, and scroll/resize only while a field has focus', async ({ context, pages, configure }) => {
  await configure({});
  const page = await context.newPage();
  await page.goto(`${pages.url}/textarea.html`);
  // Page load adds the four one-shot listeners that wait for the user's first act in the frame, and nothing
  // else; the first of them to fire removes all four (lib/content/first-interaction.ts).
  const atLoad = await contentScriptListeners(page, '#note');
  expect(atLoad.document).toEqual(['focusin', 'keydown', 'pointerdown', 'selectionchange']);
  expect(atLoad.window).toEqual([]);
  expect(atLoad.field).toEqual([]);

  const panel = new InlinePanel(page);
  await page.locator('#note').focus();
  await expect(panel.trigger).toBeVisible();
  const focused = await contentScriptListeners(page, '#note');
  // draftsmith:stand-down: an update's new copy tells this one to take its UI away (lib/content/stand-down.ts).
  expect(focused.document).toEqual(['draftsmith:stand-down', 'focusin', 'focusout', 'scroll']);
  expect(focused.window).toEqual(['resize']);
  expect(focused.field).toEqual([]);

  await page.locator('#elsewhere').focus();
  await expect(panel.trigger).toBeHidden();
  const after = await contentScriptListeners(page, '#note');
  expect(after.document).toEqual(['draftsmith:stand-down', 'focusin', 'focusout']);
  expect(after.window).toEqual([]);
});

test.describe('frames and shadow roots', () => {
  test('Insert works in a textarea and a contenteditable inside a cross-origin frame, and Ctrl+Z undoes it', async ({ context, pages, configure, llm }) => {
    await configure({});
    const page = await context.newPage();
    await page.goto(`${pages.url}/built/editors/cross-origin.html`);
    const frame = page.frameLocator('#frame');
    const panel = new InlinePanel(frame);
    const frameHandle = page.frames().find((candidate) => candidate.url().includes('frame-child.html'));
    expect(frameHandle?.url()).toContain('//localhost:');

    for (const [id, read] of [
      ['#note', () => frameHandle?.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).value)],
      ['#editor', () => frameHandle?.evaluate(() => (document.getElementById('editor') as HTMLElement).innerText)],
    ] as const) {
      llm.script({ kind: 'ok', reply: REPLY });
      const field = frame.locator(id);
      await field.click();
      await page.keyboard.press('Control+End');
      await panel.open(field);
      await panel.generateAnd('Insert', 'Thank them', REPLY);
      await expect(panel.status).toContainText('Inserted');
      expect(await read()).toBe(`${STARTING_TEXT}${REPLY}`);
      // Focus stays in the field written into.
      await expect(field).toBeFocused();
      await page.keyboard.press('Control+z');
      await expect.poll(read).toBe(STARTING_TEXT);
      await page.keyboard.type('!');
      await expect.poll(read).toBe(`${STARTING_TEXT}!`);
      // Typing in the field again closes its panel.
      await expect(panel.dialog).toBeHidden();
    }
  });

  test('Insert works in a textarea and a contenteditable inside an open shadow root, and Ctrl+Z undoes it', async ({ context, pages, configure, llm }) => {
    await configure({});
    const page = await context.newPage();
    await page.goto(`${pages.url}/built/editors/shadow-root.html`);
    const panel = new InlinePanel(page);
    for (const [selector, reader] of [
      ['compose-box #note', 'readEditorText'],
      ['compose-box #editor', 'readEditable'],
    ] as const) {
      const read = () => page.evaluate((fn) => (window as unknown as Record<string, () => string>)[fn]!(), reader);
      llm.script({ kind: 'ok', reply: REPLY });
      const field = page.locator(selector);
      await field.click();
      await page.keyboard.press('Control+End');
      await panel.open(field);
      await panel.generateAnd('Insert', 'Thank them', REPLY);
      await expect(panel.status).toContainText('Inserted');
      expect(await read()).toBe(`${STARTING_TEXT}${REPLY}`);
      // Focus stays in the field written into, as it does outside a shadow root.
      await expect(field).toBeFocused();
      await page.keyboard.press('Control+z');
      await expect.poll(read).toBe(STARTING_TEXT);
      await page.keyboard.type('!');
      await expect.poll(read).toBe(`${STARTING_TEXT}!`);
      // Typing in the field again closes its panel.
      await expect(panel.dialog).toBeHidden();
    }
  });
});

test.describe('keyboard command', () => {
  test('opens the panel in the focused field; Escape closes it and focus returns to the field at its caret', async ({ context, pages, configure, serviceWorker }) => {
    await configure({});
    const page = new EditorPage(await context.newPage(), { name: 'Tiptap', file: 'tiptap.html', field: '.ProseMirror' });
    await page.goto(pages.url);
    await page.caretToEnd();
    await pressOpenPanelCommand(serviceWorker);
    await expect(page.panel.prompt).toBeFocused();
    await page.page.keyboard.press('Escape');
    await expect(page.panel.dialog).toBeHidden();
    await expect(page.field).toBeFocused();
    // The caret is back where it was: typing continues the text.
    await page.page.keyboard.type('!');
    await expect.poll(() => page.state()).toBe(`${STARTING_TEXT}!`);
  });

  test('the command right after the first focus in a fresh page is held while the field watcher loads, and opens the panel', async ({ context, pages, configure, serviceWorker }) => {
    await configure({});
    const page = await context.newPage();
    await page.goto(`${pages.url}/textarea.html`);
    // Nobody has acted in the page yet: the content script has not even loaded its field watcher.
    expect(await evaluateInContentScript(page, `typeof globalThis.${INTERACTION_GLOBAL}`)).toBe('undefined');
    // The focus starts the import; the page's next task keeps its main thread busy, so the command reaches the
    // frame before the module could have registered anything of its own.
    await page.evaluate(() => {
      document.querySelector<HTMLTextAreaElement>('#note')!.focus();
      setTimeout(() => {
        const until = performance.now() + 400;
        while (performance.now() < until);
      });
    });
    await pressOpenPanelCommand(serviceWorker);
    const panel = new InlinePanel(page);
    await expect(panel.prompt).toBeFocused();
    expect(await evaluateInContentScript(page, `typeof globalThis.${INTERACTION_GLOBAL}`)).toBe('object');
  });

  test('opens the panel in a field inside a cross-origin frame', async ({ context, pages, configure, serviceWorker }) => {
    await configure({});
    const page = await context.newPage();
    await page.goto(`${pages.url}/built/editors/cross-origin.html`);
    const frame = page.frameLocator('#frame');
    const panel = new InlinePanel(frame);
    await frame.locator('#note').focus();
    await expect(panel.trigger).toBeVisible();
    await pressOpenPanelCommand(serviceWorker);
    await expect(panel.prompt).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(frame.locator('#note')).toBeFocused();
  });

});
