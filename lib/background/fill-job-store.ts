// Owns the form-fill jobs in storage.session, one per tab: they outlive the popup and a worker restart,
// never the browser session, and never touch the disk.
import { FillJobSchema, type FillJob } from '../forms/fill-job';
import { sessionStore } from '../storage/area-store';

const jobs = sessionStore<unknown>('form-fill');

export async function loadJob(tabId: number): Promise<FillJob | null> {
  const parsed = FillJobSchema.safeParse(await jobs.get(String(tabId)));
  return parsed.success ? parsed.data : null;
}

export async function saveJob(job: FillJob): Promise<FillJob> {
  await jobs.set(String(job.tabId), FillJobSchema.parse(job));
  return job;
}

export async function deleteJob(tabId: number): Promise<void> {
  await jobs.delete(String(tabId));
}

// Runs one change to a tab's job at a time, so a slow fill and a quick edit never interleave.
const queues = new Map<number, Promise<unknown>>();

export function withTabLock<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(work, work);
  // The caller sees a failure through `next`; `settled` only orders the tab's next task after it.
  const settled = next.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}
