// Owns the diagnostics log every part of the extension writes a swallowed, unexpected failure to: a bounded
// ring in memory, handed to a sink (the background persists it; pages and content scripts send it there).
import { toDiagnosticEntry, type DiagnosticEntry, type DiagnosticReport } from './diagnostic-entry';

export const DIAGNOSTICS_CAPACITY = 200;

export interface DiagnosticsSink {
  write(entry: DiagnosticEntry): void;
}

const ring: DiagnosticEntry[] = [];
let sink: DiagnosticsSink | null = null;
let now: () => number = Date.now;

export function setDiagnosticsSink(next: DiagnosticsSink | null, clock: () => number = Date.now): void {
  sink = next;
  now = clock;
}

// The same failure repeated within a minute is one entry with a count, so a hot loop cannot flush the ring.
const REPEAT_WINDOW_MS = 60_000;

export function addDiagnostic(entry: DiagnosticEntry): DiagnosticEntry {
  const last = ring.at(-1);
  if (last && sameFailure(last, entry) && entry.time - last.time < REPEAT_WINDOW_MS) {
    last.count += entry.count;
    last.time = entry.time;
    return last;
  }
  ring.push(entry);
  if (ring.length > DIAGNOSTICS_CAPACITY) ring.splice(0, ring.length - DIAGNOSTICS_CAPACITY);
  return entry;
}

// An entry that arrived whole (from a page or content script): kept and handed to the sink like any other.
export function recordDiagnostic(entry: DiagnosticEntry): void {
  sink?.write(addDiagnostic(entry));
}

export function reportDiagnostic(report: DiagnosticReport): void {
  try {
    const entry = addDiagnostic(toDiagnosticEntry(report, now()));
    sink?.write(entry);
  } catch {
    // The log must never be the thing that breaks the caller; there is nowhere further to report to.
  }
}

// Shorthand for promise chains: `.catch(diagnose('cache', 'write entry'))` keeps the swallow and records it.
export function diagnose(stage: DiagnosticReport['stage'], operation: string, level: DiagnosticReport['level'] = 'error') {
  return (error: unknown): undefined => {
    reportDiagnostic({ stage, operation, error, level });
    return undefined;
  };
}

export function recentDiagnostics(): DiagnosticEntry[] {
  return ring.map((entry) => ({ ...entry }));
}

export function replaceDiagnostics(entries: readonly DiagnosticEntry[]): void {
  ring.splice(0, ring.length, ...entries.slice(-DIAGNOSTICS_CAPACITY));
}

export function clearDiagnostics(): void {
  ring.length = 0;
}

function sameFailure(a: DiagnosticEntry, b: DiagnosticEntry): boolean {
  return a.stage === b.stage && a.operation === b.operation && a.errorClass === b.errorClass && a.code === b.code && a.message === b.message && a.target === b.target;
}
