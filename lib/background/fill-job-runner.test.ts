import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FillJob } from '../forms/fill-job';
import { settleIfInterrupted } from './fill-job-runner';
import { loadJob, saveJob } from './fill-job-store';

const job = (patch: Partial<FillJob>): FillJob => ({
  id: 'job-1',
  tabId: 7,
  createdAt: 1,
  status: 'asking',
  instruction: 'Fill it',
  profileId: null,
  pageUrl: 'https://example.test/form',
  pageTitle: 'Form',
  fields: [],
  proposals: [],
  requests: 0,
  model: null,
  fellBack: false,
  repaired: false,
  error: null,
  filled: [],
  lastWrite: null,
  blockedOrigins: [],
  ...patch,
});

describe('settleIfInterrupted', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks a stored job that is asking but not running here as cut short by a restart', async () => {
    await saveJob(job({ status: 'asking' }));
    expect((await settleIfInterrupted(7))?.error).toEqual({ kind: 'interrupted' });
    expect((await loadJob(7))?.status).toBe('error');
  });

  it('keeps the outcome of a job that ended after the caller read it as asking', async () => {
    // The poll read "asking"; the job then failed with the provider's error and left the running set.
    const failed = job({ status: 'error', error: { kind: 'generation', error: { code: 'auth', message: 'The provider rejected the API key (401).' } } });
    await saveJob(failed);
    expect(await settleIfInterrupted(7)).toEqual(failed);
    expect((await loadJob(7))?.error).toEqual(failed.error);
  });

  it('leaves a tab with no job alone', async () => {
    expect(await settleIfInterrupted(8)).toBeNull();
  });
});
