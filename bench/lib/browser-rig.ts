// Owns the browser side of the bench: Chromium with the built extension, the loopback LLM server, the bench
// pages, writing settings into the extension, and stopping or inspecting its service worker over CDP.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension } from '../../tests/e2e/fixtures/chromium';
import { InlinePanel } from '../../tests/e2e/page-objects/inline-panel';
import { startLlmServer, type LlmServer } from '../../tests/server/llm-server';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { startBenchPages, type BenchPages } from './bench-pages';
import { attachToTarget, findServiceWorker } from '../../tests/support/target-session';
import { FOREGROUND_ARGS } from './foreground-args';

export interface BrowserRig {
  context: BrowserContext;
  browser: Browser;
  llm: LlmServer;
  pages: BenchPages;
  extensionId: string;
  chromiumVersion: string;
  // Settings as the e2e fixture writes them (the loopback server as the one target), with `patch` on top.
  configure(patch?: Partial<Settings>): Promise<void>;
  // A page on the bench's first-delta page with the inline panel open on its textarea.
  openPanelPage(): Promise<Page>;
  stopWorker(page: Page): Promise<void>;
  // Used JS heap of the service worker after a forced GC; starts the worker if it is stopped.
  workerHeapBytes(): Promise<number>;
  // The running worker's time origin (epoch ms) and its draftsmith:* start-up marks (ms after that origin).
  workerMarks(): Promise<{ origin: number; marks: Record<string, number> }>;
  close(): Promise<void>;
}

export async function startBrowserRig(extensionDir: string, args: string[] = []): Promise<BrowserRig> {
  const llm = await startLlmServer({ port: 0, defaultChunkDelayMs: 2 });
  const pages = await startBenchPages();
  const { context, userDataDir } = await launchWithExtension({ extensionDir, args: [...FOREGROUND_ARGS, ...args] });
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const browserSession: CDPSession = await browser.newBrowserCDPSession();

  // An extension page can write storage whether or not the worker is running.
  const withExtensionPage = async <T>(run: (page: Page) => Promise<T>): Promise<T> => {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return await run(page);
    } finally {
      await page.close();
    }
  };

  const waitForWorker = async (running: boolean): Promise<void> => {
    for (let tries = 0; tries < 100; tries++) {
      const found = (await findServiceWorker(browserSession, extensionId)) !== null;
      if (found === running) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The service worker did not ${running ? 'start' : 'stop'}`);
  };

  return {
    context,
    browser,
    llm,
    pages,
    extensionId,
    chromiumVersion: browser.version(),
    async configure(patch = {}) {
      const [provider] = DEFAULT_SETTINGS.providers;
      if (!provider) throw new Error('No default provider');
      const settings: Settings = {
        ...DEFAULT_SETTINGS,
        providers: [{ ...provider, name: 'Test server', baseUrl: llm.baseUrl, contextTokens: 128_000 }],
        chain: [{ providerId: provider.id, model: 'test-model' }],
        ...patch,
      };
      await withExtensionPage((page) =>
        page.evaluate(async (value) => {
          await chrome.storage.sync.set({ settings: value });
          await chrome.storage.local.set({ apiKeys: { default: 'sk-test' } });
        }, settings),
      );
    },
    async openPanelPage() {
      const page = await context.newPage();
      await page.goto(`${pages.url}/overhead.html`);
      await page.bringToFront();
      await new InlinePanel(page).open(page.locator('#note'));
      return page;
    },
    async stopWorker(page) {
      const session = await context.newCDPSession(page);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.detach();
      await waitForWorker(false);
    },
    async workerHeapBytes() {
      let targetId = await findServiceWorker(browserSession, extensionId);
      if (!targetId) {
        await withExtensionPage((page) => page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined)));
        await waitForWorker(true);
        targetId = await findServiceWorker(browserSession, extensionId);
      }
      if (!targetId) throw new Error('No service worker to measure');
      const session = await attachToTarget(browserSession, targetId);
      try {
        await session.send('HeapProfiler.collectGarbage');
        await session.send('HeapProfiler.collectGarbage');
        const usage = await session.send<{ usedSize: number }>('Runtime.getHeapUsage');
        return usage.usedSize;
      } finally {
        await session.detach();
      }
    },
    async workerMarks() {
      const targetId = await findServiceWorker(browserSession, extensionId);
      if (!targetId) throw new Error('No running service worker to read marks from');
      const session = await attachToTarget(browserSession, targetId);
      try {
        const expression = `JSON.stringify({ origin: performance.timeOrigin, marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('draftsmith:')).map((m) => [m.name.slice(11), m.startTime])) })`;
        const reply = await session.send<{ result: { value: string } }>('Runtime.evaluate', { expression, returnByValue: true });
        return JSON.parse(reply.result.value) as { origin: number; marks: Record<string, number> };
      } finally {
        await session.detach();
      }
    },
    async close() {
      await browserSession.detach().catch(() => undefined);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      await pages.close();
      await llm.close();
    },
  };
}
