// Benchmark 9: the service worker's heap after 1,000 requests through the extension, and what the content
// script adds to the heap of a page with 10,000 fields (the page's isolate with and without the extension).
import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { evaluateInContentScript } from '../tests/e2e/fixtures/isolated-world';
import { InlinePanel } from '../tests/e2e/page-objects/inline-panel';
import type { BrowserRig } from './lib/browser-rig';
import type { BenchPages } from './lib/bench-pages';
import { summarize } from './lib/stats';
import type { Row } from './lib/table';

const MB = 1024 * 1024;

// Runs in the content script's world: `total` generations over `concurrency` ports, as the panel would open them.
const manyRequests = (total: number, concurrency: number) => `(async () => {
  let next = 0, ok = 0, failed = 0;
  const one = (i) => new Promise((resolve) => {
    const port = chrome.runtime.connect({ name: 'draftsmith/generate' });
    port.onMessage.addListener((event) => {
      if (event.type !== 'done' && event.type !== 'error') return;
      if (event.type === 'done') ok++; else failed++;
      port.disconnect();
      resolve();
    });
    port.onDisconnect.addListener(() => resolve());
    port.postMessage({ type: 'start', request: { prompt: 'memory probe ' + i, source: 'inline' } });
  });
  const lane = async () => { while (next < ${total}) await one(next++); };
  await Promise.all(Array.from({ length: ${concurrency} }, lane));
  return { ok, failed };
})()`;

export async function workerMemory(rig: BrowserRig, requests: number): Promise<Row[]> {
  // Temperature 0: every answer is also written to the cache, the heavier path.
  await rig.configure({ generation: { ...DEFAULT_SETTINGS.generation, temperature: 0 } });
  rig.llm.reset();
  rig.llm.script({ kind: 'ok', chunkDelayMs: 0, times: -1 });
  const page = await rig.context.newPage();
  try {
    await page.goto(`${rig.pages.url}/overhead.html`);
    await rig.stopWorker(page);
    await evaluateInContentScript(page, manyRequests(1, 1));
    const fresh = await rig.workerHeapBytes();
    const started = Date.now();
    const outcome = await evaluateInContentScript<{ ok: number; failed: number }>(page, manyRequests(requests, 8));
    const seconds = (Date.now() - started) / 1000;
    const after = await rig.workerHeapBytes();
    return [
      {
        group: '9',
        name: `Service-worker heap after ${requests.toLocaleString('en-US')} requests`,
        value: after / MB,
        unit: 'MB',
        baseline: { value: fresh / MB, label: 'fresh worker, 1 request' },
        note: `Worker heap: used JS heap after HeapProfiler.collectGarbage; ${outcome.ok} done, ${outcome.failed} failed, in ${seconds.toFixed(1)} s over 8 ports at a time; cache on (temperature 0), history on. No goal set, reported only.`,
      },
    ];
  } finally {
    await page.close();
  }
}

async function pageHeapBytes(context: BrowserContext, url: string, prepare?: (page: Page) => Promise<void>): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await prepare?.(page);
    const session = await context.newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    await session.detach();
    return usage.usedSize;
  } finally {
    await page.close();
  }
}

export async function contentScriptMemory(options: { withExtension: BrowserContext; plain: BrowserContext; pages: BenchPages; reps: number }): Promise<Row[]> {
  const { withExtension, plain, pages, reps } = options;
  const url = pages.fieldsUrl(10_000, 'heap');
  const extension: number[] = [];
  const bare: number[] = [];
  const panelOpen: number[] = [];
  for (let i = 0; i < reps; i++) {
    bare.push(await pageHeapBytes(plain, url));
    extension.push(await pageHeapBytes(withExtension, url));
    panelOpen.push(await pageHeapBytes(withExtension, url, (page) => new InlinePanel(page).open(page.locator('#f0'))));
  }
  const plainMedian = summarize(bare).median / MB;
  const withMedian = summarize(extension).median / MB;
  const panelMedian = summarize(panelOpen).median / MB;
  return [
    {
      group: '9',
      name: 'Page heap, 10,000 fields, with the content script',
      value: withMedian,
      unit: 'MB',
      baseline: { value: plainMedian, label: 'no extension' },
      note: `Page heap: the page's isolate (main world and content-script world share it) after a forced GC, median of ${reps} loads; the content script adds ${((withMedian - plainMedian) * 1024).toFixed(0)} KB, ${((panelMedian - plainMedian) * 1024).toFixed(0)} KB with the inline panel open. No goal set, reported only.`,
    },
    { group: '9', name: 'Page heap, 10,000 fields, inline panel open', value: panelMedian, unit: 'MB', baseline: { value: plainMedian, label: 'no extension' } },
  ];
}
