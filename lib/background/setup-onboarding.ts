// Owns the first-run welcome: a fresh install without Chrome's on-device model opens the options page's onboarding.
import { browser } from 'wxt/browser';
import { isChromeBuiltInAvailable } from '../providers/chrome-built-in';
import { globalLanguageModel } from '../providers/chrome-language-model';

export const ONBOARDING_HASH = '#welcome';

export function setupOnboarding(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void openOnboardingUnlessBuiltIn();
  });
}

async function openOnboardingUnlessBuiltIn(): Promise<void> {
  // With the on-device model, generation works at once; the settings stay one click away.
  if ((await isChromeBuiltInAvailable(globalLanguageModel)) !== 'unavailable') return;
  await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${ONBOARDING_HASH}` });
}
