// Owns the comparison browser: the same Chromium and flags as the extension's launch, with no extension loaded.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BASE_ARGS, chromiumPath } from '../../tests/e2e/fixtures/chromium';
import { FOREGROUND_ARGS } from './foreground-args';

export interface PlainChromium {
  context: BrowserContext;
  browser: Browser;
  close(): Promise<void>;
}

export async function launchPlainChromium(args: string[] = []): Promise<PlainChromium> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'draftsmith-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...BASE_ARGS, ...FOREGROUND_ARGS, ...args],
  });
  return benchBrowser(context, [userDataDir]);
}

// A launched persistent context with its Browser, whose close also removes the folders it was made from.
export function benchBrowser(context: BrowserContext, folders: string[]): PlainChromium {
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
  return {
    context,
    browser,
    async close() {
      await context.close();
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    },
  };
}
