// Owns handing a job to the result window through storage.session: stored under a random id, read once.
import { areaStore } from '../storage/area-store';
import { clampSelection } from './clamp-selection';
import { PendingResultSchema, type PendingResult, type SelectionJob } from './selection-job';

// Stored as `pendingResult:<id>`, as before this module used a store.
const pending = areaStore<unknown>('session', 'pendingResult');

// storage.session is closed to content scripts, so page code never sees another page's selection.
export async function storePendingResult(job: SelectionJob, selection: string): Promise<string> {
  const id = crypto.randomUUID();
  const clamped = clampSelection(selection);
  const value: PendingResult = { job, selection: clamped.text, cutFrom: clamped.cutFrom };
  await pending.set(id, value);
  return id;
}

// Removed once read: a reloaded window cannot replay it, and nothing lingers for the session.
export async function takePendingResult(id: string): Promise<PendingResult | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const stored = await pending.get(id);
  await pending.delete(id);
  const parsed = PendingResultSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
