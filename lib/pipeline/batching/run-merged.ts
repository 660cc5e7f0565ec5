// Owns one merged upstream call shared by several callers: it is cancelled only when every caller has left.
import { z } from 'zod';
import type { MergedCall } from '../rate-limit/dispatch-types';

export type MergedResult = { ok: true; answers: string[] } | { ok: false; reason: 'threw' | 'unusable' };

export interface MergedRun {
  targetId: string;
  compatKey: string;
  tasks: string[];
  signals: AbortSignal[];
  callMerged: MergedCall;
  // One caller aborted: it drops its answer, the call goes on for the others.
  onCallerAbort: (index: number) => void;
}

export async function runMergedCall(run: MergedRun): Promise<MergedResult> {
  const controller = new AbortController();
  const cleanups: Array<() => void> = [];
  let left = 0;
  run.signals.forEach((signal, index) => {
    const onAbort = () => {
      left++;
      run.onCallerAbort(index);
      if (left === run.signals.length) controller.abort();
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    cleanups.push(() => signal.removeEventListener('abort', onAbort));
  });
  try {
    const answers = await run.callMerged(run.targetId, run.tasks, controller.signal, run.compatKey);
    const parsed = z.array(z.string()).length(run.tasks.length).safeParse(answers);
    return parsed.success ? { ok: true, answers: parsed.data } : { ok: false, reason: 'unusable' };
  } catch {
    // A failed merged call is not lost: the caller falls back to one call per request.
    return { ok: false, reason: 'threw' };
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}
