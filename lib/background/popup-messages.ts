// Owns the background's side of the popup: its tab's form-fill job, the per-site switch and the profiles.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { FillJob } from '../forms/fill-job';
import { handleMessage } from '../messaging/handle-message';
import { ProfileSchema } from '../settings/profile-schema';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { isSiteAllowed, isSiteEnabled, siteKey } from '../settings/site-rules';
import type { SiteSwitch } from '../messaging/popup-schemas';
import { applyManagedPolicy } from '../settings/managed-policy';
import { loadManagedPolicy } from '../settings/managed-policy-store';
import { deleteJob, loadJob, saveJob, withTabLock } from './fill-job-store';
import { applyFillJob, editFillJob, isRunning, settleIfInterrupted, startFillJob, stopJob, undoFillJob } from './fill-job-runner';

// The tab's address when the extension may see it (activeTab from the popup click, or a host permission).
async function tabUrl(tabId: number): Promise<string | null> {
  // A closed tab or one we may not see has no address for us: expected, the caller handles null.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.url ?? null;
}

const withoutHash = (url: string) => url.split('#')[0] ?? url;

// A job outlives the popup, not the page it was made for: a finished fill goes with its page (the form was
// likely sent), while values not yet filled say the page changed instead of vanishing. One cut short by a
// worker restart says so too.
async function currentJob(tabId: number): Promise<FillJob | null> {
  const job = await loadJob(tabId);
  if (!job) return null;
  const url = await tabUrl(tabId);
  if (url && job.pageUrl && withoutHash(url) !== withoutHash(job.pageUrl)) {
    if (job.status === 'filled' || job.status === 'error') {
      await withTabLock(tabId, () => deleteJob(tabId));
      return null;
    }
    stopJob(tabId);
    return withTabLock(tabId, () => saveJob({ ...job, status: 'error', error: { kind: 'page-changed' }, proposals: [], pageUrl: url }));
  }
  if ((job.status === 'reading' || job.status === 'asking') && !isRunning(job)) return settleIfInterrupted(tabId);
  return job;
}

async function jobFor(tabId: number, jobId: string): Promise<FillJob | null> {
  const job = await loadJob(tabId);
  return job?.id === jobId ? job : null;
}

async function siteSwitch(tabId: number): Promise<SiteSwitch> {
  const url = await tabUrl(tabId);
  const site = url ? siteKey(url) : null;
  if (!url || site === null) return { site: null, enabled: false, ruledOut: null };
  const [settings, policy] = await Promise.all([loadSettings(), loadManagedPolicy()]);
  const switchedOn = isSiteEnabled(url, settings.disabledSites);
  // What the page itself goes by (getSiteStatus): the organisation's rules over the user's. Only the site lists
  // matter here, so the policy is applied to the settings already read rather than loading them again.
  const effective = applyManagedPolicy(settings, policy);
  const ruledOut = !switchedOn || isSiteAllowed(url, effective) ? null : isSiteAllowed(url, settings) ? 'policy' : 'allowed-sites';
  return { site, enabled: switchedOn && ruledOut === null, ruledOut };
}

export function setupPopupMessages(): void {
  handleMessage('formFillGet', async ({ tabId }) => ({ job: await currentJob(tabId) }));
  handleMessage('formFillStart', async ({ tabId, instruction, profileId }) => ({ job: await startFillJob(tabId, instruction, profileId) }));

  handleMessage('formFillEdit', async ({ tabId, jobId, proposals }) => {
    const job = await jobFor(tabId, jobId);
    return { job: job?.status === 'ready' ? await editFillJob(job, proposals) : job };
  });

  handleMessage('formFillApply', async ({ tabId, jobId, proposals }) => {
    const job = await jobFor(tabId, jobId);
    return { job: job?.status === 'ready' ? await applyFillJob(job, proposals) : job };
  });

  handleMessage('formFillUndo', async ({ tabId, jobId }) => {
    const job = await jobFor(tabId, jobId);
    return { job: job?.status === 'filled' ? await undoFillJob(job) : job };
  });

  handleMessage('formFillDiscard', async ({ tabId }) => {
    stopJob(tabId);
    await withTabLock(tabId, () => deleteJob(tabId));
    return { job: null };
  });

  handleMessage('getSiteSwitch', ({ tabId }) => siteSwitch(tabId));

  handleMessage('setSiteEnabled', async ({ tabId, enabled }) => {
    const { site } = await siteSwitch(tabId);
    if (site === null) return { site, enabled: false, ruledOut: null };
    const settings = await loadSettings();
    // Switching on also lifts a switch-off of a parent domain, which covers this site too.
    const others = settings.disabledSites.filter((entry) => entry !== site && !site.endsWith(`.${entry}`));
    await saveSettings({ ...settings, disabledSites: enabled ? others : [...others, site] });
    return siteSwitch(tabId);
  });

  handleMessage('saveProfiles', async ({ profiles }) => {
    const parsed = z.array(ProfileSchema).safeParse(profiles);
    if (!parsed.success) {
      return { ok: false as const, issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
    }
    const saved = await saveSettings({ ...(await loadSettings()), profiles: parsed.data });
    return { ok: true as const, profiles: saved.profiles };
  });

  // A closed tab's job goes with it.
  browser.tabs.onRemoved.addListener((tabId) => {
    stopJob(tabId);
    void deleteJob(tabId);
  });
}
