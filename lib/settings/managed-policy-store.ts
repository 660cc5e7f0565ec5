// Owns reading the organisation policy from storage.managed; a browser without one reads as no policy.
import { browser } from 'wxt/browser';
import { parseManagedPolicy, type ManagedPolicy } from './managed-policy';

export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  try {
    // Firefox throws when no policy manifest is installed; Chrome answers {} without a policy.
    return parseManagedPolicy(await browser.storage.managed.get(null));
  } catch {
    return {};
  }
}
