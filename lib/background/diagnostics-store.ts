// Owns keeping the background's diagnostics ring across worker restarts: storage.local, written a moment after
// the last entry. The in-memory ring stays the source of truth, so entries about broken storage still show.
import { areaStore } from '../storage/area-store';
import { z } from 'zod';
import { DiagnosticEntrySchema, type DiagnosticEntry } from '../diagnostics/diagnostic-entry';
import { addDiagnostic, clearDiagnostics, recentDiagnostics, replaceDiagnostics, setDiagnosticsSink } from '../diagnostics/diagnostics-log';

const STORAGE_KEY = 'diagnostics';
const local = areaStore<unknown>('local');
const WRITE_DELAY_MS = 500;
const StoredSchema = z.array(DiagnosticEntrySchema);

let timer: ReturnType<typeof setTimeout> | null = null;
let restored: Promise<void> | null = null;

function scheduleWrite(): void {
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    // Storage itself may be what is broken: the entry about it is already in memory, so a failed write
    // changes nothing the options page can show.
    local.set(STORAGE_KEY, recentDiagnostics()).catch(() => undefined);
  }, WRITE_DELAY_MS);
}

export function setupDiagnosticsStore(): Promise<void> {
  setDiagnosticsSink({ write: scheduleWrite });
  restored ??= local
    .get(STORAGE_KEY)
    .then((stored) => {
      const parsed = StoredSchema.safeParse(stored);
      if (!parsed.success) return;
      // Entries written since start-up come after the ones from before the restart.
      const fresh = recentDiagnostics();
      replaceDiagnostics(parsed.data);
      for (const entry of fresh) addDiagnostic(entry);
    })
    .catch(() => undefined); // unreadable storage: start with this session's entries only
  return restored;
}

export async function storedDiagnostics(): Promise<DiagnosticEntry[]> {
  await restored;
  return recentDiagnostics();
}

export async function clearStoredDiagnostics(): Promise<void> {
  clearDiagnostics();
  await local.delete(STORAGE_KEY);
}
