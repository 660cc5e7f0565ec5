// Owns running jobs parked in the offline queue when the network returns, and telling the user.
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import type { QueuedJob } from '../pipeline/degrade/offline-queue';
import { backgroundPipeline } from './pipeline-instance';

const ALARM = 'draftsmith-offline-queue';
const NOTIFICATION_PREFIX = 'draftsmith-job:';
const STARTUP_DRAIN_DELAY_MS = 1000;

export function setupOfflineQueue(): void {
  // The worker hears `online` while it is awake; the alarm covers a worker that slept through it.
  self.addEventListener('online', () => void drainOfflineQueue());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void drainOfflineQueue();
  });
  // Created once: re-creating it at every worker start (which the alarm itself causes) only moved its schedule.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(ALARM, { periodInMinutes: 1 });
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#history` });
    void browser.notifications.clear(id);
  });
  // Jobs left from before a restart run a moment after start, not in front of the request that woke the worker:
  // the drain builds the pipeline and reads the queue's IndexedDB store, which then shared the first request's task.
  setTimeout(() => void drainOfflineQueue(), STARTUP_DRAIN_DELAY_MS);
}

export async function drainOfflineQueue(): Promise<void> {
  const { pipeline, deps } = backgroundPipeline();
  if (!navigator.onLine) return;
  await deps.offlineQueue.drain(runJob, { isOnline: () => navigator.onLine });

  async function runJob(job: QueuedJob): Promise<'done' | 'retry-later'> {
    const result = await pipeline.generate(job.request, {
      signal: new AbortController().signal,
      emit: () => undefined,
      metricsSource: 'queue',
      historyId: job.historyId,
    });
    const outcome = result.outcome;
    if (outcome?.type === 'error' && (outcome.error.code === 'network' || outcome.error.code === 'offline')) {
      await deps.offlineQueue.markAttempt(job.id, outcome.error.message);
      return 'retry-later';
    }
    const ok = outcome?.type === 'done';
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${job.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(ok ? 'queuedJobDone' : 'queuedJobFailed'),
      message: `${job.request.prompt.slice(0, 80)}${ok ? '' : ` — ${outcome?.type === 'error' ? outcome.error.message : ''}`}`,
    });
    return 'done';
  }
}
