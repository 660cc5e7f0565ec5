// The inline panel never covers the field it writes into: its box is sampled every frame while an answer
// streams and at the end, for a long and a short answer, with the field at the top, middle, bottom and
// right edge of two viewports, in a textarea and a contenteditable. Its primary action and "Disable on
// this site" stay inside the viewport.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { InlinePanel } from '../page-objects/inline-panel';

const PARAGRAPH = 'This paragraph is part of a long scripted answer, written to make the panel grow well past the room it has, so that it must scroll inside.';
const LONG = Array.from({ length: 12 }, (_, index) => `${index + 1}. ${PARAGRAPH}`).join('\n\n');
const SHORT = 'Thanks for the quick turnaround.';
const POSITIONS = ['top', 'middle', 'bottom', 'right'] as const;

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface Sample {
  panel: Rect;
  field: Rect;
  chars: number;
}

// Records the panel's and the field's boxes on every animation frame until stopped.
async function startSampling(page: Page, fieldSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const state = window as unknown as { samples: Sample[]; sampling: boolean };
    state.samples = [];
    state.sampling = true;
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    };
    const tick = () => {
      const host = document.querySelector('draftsmith-panel');
      const panel = host?.shadowRoot?.querySelector('.panel');
      const field = document.querySelector(selector);
      const result = host?.shadowRoot?.querySelector('.result');
      if (panel && field) state.samples.push({ panel: box(panel), field: box(field), chars: result?.textContent?.length ?? 0 });
      if (state.sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, fieldSelector);
}

async function stopSampling(page: Page): Promise<Sample[]> {
  return page.evaluate(() => {
    const state = window as unknown as { samples: Sample[]; sampling: boolean };
    state.sampling = false;
    return state.samples;
  });
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1280, height: 600 },
]) {
  for (const kind of [
    { name: 'textarea', id: 'ta' },
    { name: 'contenteditable', id: 'ce' },
  ]) {
    test(`${viewport.width}×${viewport.height}, ${kind.name}: the panel never covers the field, streaming or done`, async ({ context, pages, configure, llm }) => {
      await configure({});
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${pages.url}/placement.html`);
      const panel = new InlinePanel(page);
      const field = page.locator(`#${kind.id}`);
      for (const position of POSITIONS) {
        for (const [label, reply] of [
          ['long', LONG],
          ['short', SHORT],
        ] as const) {
          const where = `${position}, ${label} answer`;
          await page.evaluate(([id, spot]) => (window as unknown as { placeField: (k: string, p: string) => void }).placeField(id, spot), [kind.id, position] as const);
          // The short answer streams slowly enough (about 1.2 s) that a loaded machine still paints several frames of it.
          llm.script({ kind: 'ok', reply, chunkSize: label === 'long' ? 24 : 4, chunkDelayMs: label === 'long' ? 12 : 150 });
          await panel.open(field);
          await startSampling(page, `#${kind.id}`);
          // A new prompt each time: the same one would be answered from the cache, with nothing to stream.
          await panel.ask(`Write it: ${where}`);
          await expect(panel.status, where).toContainText('Done');
          const samples = await stopSampling(page);
          // Several frames while text was arriving, and the end.
          const streaming = new Set(samples.filter((sample) => sample.chars > 0 && sample.chars < reply.length).map((sample) => sample.chars));
          expect(streaming.size, `${where}: frames sampled while streaming`).toBeGreaterThanOrEqual(3);
          expect(samples.at(-1)?.chars, where).toBe(reply.length);
          for (const sample of samples) {
            expect(overlaps(sample.panel, sample.field), `${where}: ${JSON.stringify(sample)}`).toBe(false);
            expect(sample.panel.top, where).toBeGreaterThanOrEqual(0);
            expect(sample.panel.bottom, where).toBeLessThanOrEqual(viewport.height);
          }
          // It stays put: from the first text on, the edge it is anchored by does not move while the answer grows.
          const first = samples.find((sample) => sample.chars > 0)!.panel;
          const last = samples.at(-1)!.panel;
          const anchored = first.top === last.top || first.bottom === last.bottom;
          expect(anchored, `${where}: ${JSON.stringify({ first, last })}`).toBe(true);

          const primary = panel.dialog.locator('.actions button.primary');
          await expect(primary, where).toHaveText(/^(Insert|Replace)$/);
          for (const control of [primary, panel.button('Disable on this site')]) {
            const box = await control.boundingBox();
            expect(box, where).not.toBeNull();
            expect(box!.y, where).toBeGreaterThanOrEqual(0);
            expect(box!.y + box!.height, where).toBeLessThanOrEqual(viewport.height);
            expect(box!.x + box!.width, where).toBeLessThanOrEqual(viewport.width);
          }
          await page.keyboard.press('Escape');
          await expect(panel.dialog).toBeHidden();
        }
      }
    });
  }
}
