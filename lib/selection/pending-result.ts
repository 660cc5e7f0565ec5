// Owns handing a job to the result window through storage.session: stored under a random id, read once.
import { browser } from 'wxt/browser';
import { clampSelection } from './clamp-selection';
import { PendingResultSchema, type PendingResult, type SelectionJob } from './selection-job';

const PREFIX = 'pendingResult:';

// storage.session is closed to content scripts, so page code never sees another page's selection.
export async function storePendingResult(job: SelectionJob, selection: string): Promise<string> {
  const id = crypto.randomUUID();
  const clamped = clampSelection(selection);
  const value: PendingResult = { job, selection: clamped.text, cutFrom: clamped.cutFrom };
  await browser.storage.session.set({ [PREFIX + id]: value });
  return id;
}

// Removed once read: a reloaded window cannot replay it, and nothing lingers for the session.
export async function takePendingResult(id: string): Promise<PendingResult | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const key = PREFIX + id;
  const stored = (await browser.storage.session.get(key))[key];
  await browser.storage.session.remove(key);
  const parsed = PendingResultSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
