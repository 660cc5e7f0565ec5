// Autocomplete benchmark in Chromium: Tab to the accepted text in the field, when Tab comes right after the typing
// (a key typed through the suggestion, then Tab), in the e2e suite's editor pages, against the same in a textarea
// in the same run. An editor whose history groups undo by time used to make the accept wait until 520 ms after
// the last key; Quill and ProseMirror now close the step first (lib/dom/editors/close-undo-step.ts), and only a
// rich field of an editor not known to keep the insertion apart still waits (the plain contenteditable row).
// The insertion waits 20 ms for the editor to take in the selection only when it had to move it (Slate: the
// character before the caret is written again, lib/dom/editors/rewrite-before-caret.ts).
import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumPath } from '../tests/e2e/fixtures/chromium';
import { startPageServer } from '../tests/e2e/fixtures/page-server';
import { summarize } from './lib/stats';
import type { Row } from './lib/table';

interface EditorCase {
  name: string;
  path: string;
  field: string;
}

const TEXTAREA: EditorCase = { name: 'textarea', path: '/textarea.html', field: '#note' };
const EDITORS: EditorCase[] = [
  { name: 'Tiptap (ProseMirror)', path: '/built/editors/tiptap.html', field: '.ProseMirror' },
  { name: 'Quill', path: '/built/editors/quill.html', field: '.ql-editor' },
  { name: 'Lexical', path: '/built/editors/lexical.html', field: '#editor [contenteditable="true"], #editor[contenteditable="true"]' },
  { name: 'Slate', path: '/built/editors/slate.html', field: '[data-slate-editor]' },
  { name: 'CKEditor 5', path: '/built/editors/ckeditor.html', field: '.ck-editor__editable' },
  { name: 'plain contenteditable (an editor not known: waits)', path: '/built/editors/contenteditable.html', field: '#editor' },
];

async function bundle(): Promise<string> {
  const result = await build({ entryPoints: ['bench/pages/autocomplete-accept-entry.ts'], bundle: true, write: false, format: 'iife', target: 'es2022', logLevel: 'silent' });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced nothing');
  return code;
}

// One accept: the page fresh, the caret at the end, a phrase typed key by key, a pause for the (instant)
// suggestion, one key typed through it, then Tab at once.
async function acceptOnce(page: Page, url: string, editor: EditorCase, code: string): Promise<number> {
  await page.goto(url + editor.path);
  await page.addScriptTag({ content: code });
  const field = page.locator(editor.field).first();
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Thanks for ', { delay: 40 });
  await page.waitForTimeout(700);
  await page.keyboard.type('the ', { delay: 40 });
  await page.keyboard.press('Tab');
  for (let waited = 0; waited < 3000; waited += 20) {
    const taken = (await page.evaluate('benchTaken()')) as number[];
    if (taken.length > 0) return taken[0] ?? Number.NaN;
    await page.waitForTimeout(20);
  }
  throw new Error(`${editor.name}: the accepted text never reached the field`);
}

export async function autocompleteAccept(rounds: number): Promise<Row[]> {
  const pages = await startPageServer();
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    const page = await browser.newPage();
    const samples = new Map<EditorCase, number[]>([TEXTAREA, ...EDITORS].map((editor) => [editor, []]));
    // Rounds alternate the pages so drift on a shared machine touches each alike.
    for (let i = 0; i < rounds; i++) {
      for (const [editor, list] of samples) list.push(await acceptOnce(page, pages.url, editor, code));
    }
    const base = summarize(samples.get(TEXTAREA) ?? []);
    return EDITORS.map((editor, index) => {
      const stats = summarize(samples.get(editor) ?? []);
      return {
        group: 'A',
        name: `Tab right after a key to the accepted text in the field, ${editor.name}, median`,
        value: stats.median,
        unit: 'ms',
        baseline: { value: base.median, label: 'the same in a textarea' },
        goal: null,
        note:
          index === 0
            ? `Accept rows: ${rounds} accepts per page, each on a fresh load of the e2e suite's editor page, the page's controller bundled with an instant suggester; Tab is pressed right after a key typed through the suggestion; timed from Tab's keydown to the first mutation (or input event) that puts the accepted text in the field. Before the accept closed Quill's and ProseMirror's undo step it waited until 520 ms after the last key in every rich field. P99 here ${stats.p99.toFixed(1)} ms, textarea median ${base.median.toFixed(1)} ms.`
            : undefined,
      } satisfies Row;
    });
  } finally {
    await browser.close();
    await pages.close();
  }
}
