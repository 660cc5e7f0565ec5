// Benchmark 4b: the options page after the browser starts, when Chrome's policy service is still starting and
// storage.managed takes seconds to answer (lib/settings/managed-policy-store.ts). The same profile is opened twice:
// on its first run no policy was ever read, so the page waits for storage.managed; after a restart the copy of the
// last policy read answers. Timed from navigation until the page's first section is shown (nothing busy).
import type { BrowserContext } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension } from '../tests/e2e/fixtures/chromium';
import { FOREGROUND_ARGS } from './lib/foreground-args';
import { summarize } from './lib/stats';
import type { Row } from './lib/table';

async function optionsShownMs(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && document.querySelector('h2') !== null, undefined, { timeout: 30_000 });
  return Date.now() - started;
}

export async function browserRestart(extensionDir: string, reps: number): Promise<Row[]> {
  const firstRuns: number[] = [];
  const restarts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const first = await launchWithExtension({ extensionDir, args: [...FOREGROUND_ARGS] });
    try {
      firstRuns.push(await optionsShownMs(first.context));
      await first.context.close();
      const again = await launchWithExtension({ extensionDir, userDataDir: first.userDataDir, args: [...FOREGROUND_ARGS] });
      try {
        restarts.push(await optionsShownMs(again.context));
      } finally {
        await again.context.close();
      }
    } finally {
      await first.context.close().catch(() => undefined);
      rmSync(first.userDataDir, { recursive: true, force: true });
    }
  }
  return [
    {
      group: '4',
      name: 'Options page shown after a browser restart, median',
      value: summarize(restarts).median,
      unit: 'ms',
      baseline: { value: summarize(firstRuns).median, label: 'first run of the same profile, waiting for storage.managed' },
      note: `Browser restart: ${reps} profiles, each opened twice. The first read of storage.managed after a browser start waits for Chrome's policy service (seconds); after a restart the copy of the policy last read answers while that read goes on.`,
    },
  ];
}
