import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { loadManagedPolicy, resetManagedPolicyRead } from './managed-policy-store';
import { isPolicyChange, MANAGED_POLICY_COPY_KEY } from './policy-change';

// storage.managed held open the way Chrome's policy service holds it while it starts.
function slowManaged() {
  let answer: (policy: Record<string, unknown>) => void = () => undefined;
  const pending = new Promise<Record<string, unknown>>((resolve) => {
    answer = resolve;
  });
  const get = vi.spyOn(browser.storage.managed, 'get').mockImplementation((() => pending) as never);
  return { answer, get };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  resetManagedPolicyRead();
});
afterEach(() => vi.restoreAllMocks());

describe('loadManagedPolicy', () => {
  it("answers from the last policy read while storage.managed has not answered, then keeps storage.managed's answer", async () => {
    await browser.storage.local.set({ [MANAGED_POLICY_COPY_KEY]: { blockedSites: ['old.example'] } });
    const managed = slowManaged();
    await expect(loadManagedPolicy()).resolves.toEqual({ blockedSites: ['old.example'] });
    managed.answer({ blockedSites: ['new.example'] });
    await settle();
    expect((await browser.storage.local.get(MANAGED_POLICY_COPY_KEY))[MANAGED_POLICY_COPY_KEY]).toEqual({ blockedSites: ['new.example'] });
    // Answered once in this worker: later loads read storage.managed itself, so a policy pushed later applies.
    managed.get.mockResolvedValue({ blockedSites: ['later.example'] } as never);
    await expect(loadManagedPolicy()).resolves.toEqual({ blockedSites: ['later.example'] });
  });

  it('waits for storage.managed on the first run, when no policy was ever read, and keeps its answer', async () => {
    const managed = slowManaged();
    let loaded: unknown = 'pending';
    void loadManagedPolicy().then((policy) => (loaded = policy));
    await settle();
    expect(loaded).toBe('pending');
    managed.answer({ blockedSites: ['corp.example'] });
    await settle();
    expect(loaded).toEqual({ blockedSites: ['corp.example'] });
    expect((await browser.storage.local.get(MANAGED_POLICY_COPY_KEY))[MANAGED_POLICY_COPY_KEY]).toEqual({ blockedSites: ['corp.example'] });
  });

  it('reads no policy when storage.managed throws (Firefox without a policy manifest), and ignores a malformed copy', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await browser.storage.local.set({ [MANAGED_POLICY_COPY_KEY]: 'not a policy' });
    await expect(loadManagedPolicy()).resolves.toEqual({});
  });
});

describe('isPolicyChange', () => {
  it('is storage.managed itself, or the copy of it replaced', () => {
    expect(isPolicyChange({ anything: {} }, 'managed')).toBe(true);
    expect(isPolicyChange({ [MANAGED_POLICY_COPY_KEY]: {} }, 'local')).toBe(true);
    expect(isPolicyChange({ apiKeys: {} }, 'local')).toBe(false);
    expect(isPolicyChange({ settings: {} }, 'sync')).toBe(false);
  });
});
