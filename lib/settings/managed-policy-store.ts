// Owns reading the organisation policy from storage.managed; a browser without one reads as no policy.
//
// storage.managed can take seconds to answer its first read after the browser starts, while Chrome's policy service
// initialises: 4.9 s for the first read in a fresh headless Chromium here, 3–8 s reported by Ghostery and Privacy
// Badger on desktop Chrome. Every settings load goes through it, so the options page, the first generation and each
// frame's check of the site would wait that long. So the policy last read is kept in storage.local (which content
// scripts cannot reach: secret-store.ts restricts it to trusted contexts). Until storage.managed has answered in
// this worker, a load uses that copy while the read goes on behind it. The answer replaces the copy, and a change
// reaches the settings caches like a change of storage.managed itself (policy-change.ts). With no copy yet (the first
// run), a load waits for storage.managed, so a policy is never skipped on a fresh install.
import { browser } from 'wxt/browser';
import { parseManagedPolicy, type ManagedPolicy } from './managed-policy';
import { MANAGED_POLICY_COPY_KEY } from './policy-change';

let firstRead: Promise<ManagedPolicy> | null = null;
let answered = false;

async function readManaged(): Promise<ManagedPolicy> {
  try {
    // Firefox throws when no policy manifest is installed; Chrome answers {} without a policy.
    return parseManagedPolicy(await browser.storage.managed.get(null));
  } catch {
    return {};
  }
}

async function readCopy(): Promise<ManagedPolicy | null> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(MANAGED_POLICY_COPY_KEY);
    const copy = stored[MANAGED_POLICY_COPY_KEY];
    return copy === undefined ? null : parseManagedPolicy(copy);
  } catch {
    return null;
  }
}

async function keepCopy(policy: ManagedPolicy, copy: ManagedPolicy | null): Promise<void> {
  // Written only when it changed: each write is a storage change the settings caches act on.
  if (copy !== null && JSON.stringify(copy) === JSON.stringify(policy)) return;
  await browser.storage.local.set({ [MANAGED_POLICY_COPY_KEY]: policy }).catch(() => undefined);
}

export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  if (answered) return readManaged();
  const copy = await readCopy();
  firstRead ??= readManaged().then(async (policy) => {
    answered = true;
    await keepCopy(policy, copy);
    return policy;
  });
  return copy ?? firstRead;
}

// For tests: forget this worker's read, as a worker start does.
export function resetManagedPolicyRead(): void {
  firstRead = null;
  answered = false;
}
