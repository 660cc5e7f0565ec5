// Owns running a form-fill job for a tab: read the fields of every frame, ask the model once through the
// pipeline, keep the preview; then write the ticked values into the page, and undo them. The job lives in
// storage.session, so the popup can close and reopen at any step.
import { toGenerationError } from '../errors/generation-error';
import { askedFields } from '../forms/field-answer-type';
import type { FillJob, FillJobError, FilledField } from '../forms/fill-job';
import { collectFormFields, type FieldValue } from '../forms/form-field';
import { buildProposals, fillWrites, mergeEdits, undoWrites, type FrameWrites } from '../forms/proposals';
import { requestFill } from '../forms/request-fill';
import type { ProposalEdit } from '../messaging/popup-schemas';
import { loadSettings } from '../settings/settings-store';
import { runFormAgent, unreachedOrigins } from './form-agent-runner';
import { loadJob, saveJob, withTabLock } from './fill-job-store';
import { backgroundPipeline } from './pipeline-instance';

// Jobs this worker is running; a job stored as running but missing here was cut short by a restart.
const running = new Map<number, { jobId: string; controller: AbortController }>();

export function isRunning(job: FillJob): boolean {
  return running.get(job.tabId)?.jobId === job.id;
}

// A job stored as reading or asking that this worker is not running was cut short by a restart, and says so.
// Decided under the tab's lock on the job read afresh: a job that ended after the caller read it saved its outcome
// before it left `running`, and keeps that outcome (a popup poll once overwrote a 401 with "restarted").
export function settleIfInterrupted(tabId: number): Promise<FillJob | null> {
  return withTabLock(tabId, async () => {
    const job = await loadJob(tabId);
    if (!job || (job.status !== 'reading' && job.status !== 'asking') || isRunning(job)) return job;
    return saveJob({ ...job, status: 'error', error: { kind: 'interrupted' } });
  });
}

export function stopJob(tabId: number): void {
  running.get(tabId)?.controller.abort();
  running.delete(tabId);
}

function newJob(tabId: number, instruction: string, profileId: string | null): FillJob {
  return {
    id: crypto.randomUUID(),
    tabId,
    createdAt: Date.now(),
    status: 'reading',
    instruction,
    profileId,
    pageUrl: '',
    pageTitle: '',
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
  };
}

// Saves only while the job is still the tab's job: a discarded or replaced job must not come back.
async function update(job: FillJob, patch: Partial<FillJob>): Promise<FillJob> {
  const next = { ...job, ...patch };
  return withTabLock(job.tabId, async () => ((await loadJob(job.tabId))?.id === job.id ? saveJob(next) : next));
}

function fail(job: FillJob, error: FillJobError): Promise<FillJob> {
  return update(job, { status: 'error', error });
}

export async function startFillJob(tabId: number, instruction: string, profileId: string | null): Promise<FillJob> {
  stopJob(tabId);
  const fresh = newJob(tabId, instruction, profileId);
  const controller = new AbortController();
  // Known as running before it is stored: a popup poll that reads the stored job while this save is still being
  // answered must find it running, not take it for one a worker restart cut short.
  running.set(tabId, { jobId: fresh.id, controller });
  let job: FillJob;
  try {
    job = await withTabLock(tabId, () => saveJob(fresh));
  } catch (error) {
    if (running.get(tabId)?.jobId === fresh.id) running.delete(tabId);
    throw error;
  }
  void runJob(job, controller.signal).finally(() => {
    if (running.get(tabId)?.jobId === job.id) running.delete(tabId);
  });
  return job;
}

async function runJob(started: FillJob, signal: AbortSignal): Promise<void> {
  let job = started;
  try {
    const frames = await runFormAgent(job.tabId, { op: 'extract' }).catch((error: unknown) => {
      throw Object.assign(new Error(error instanceof Error ? error.message : String(error)), { noAccess: true });
    });
    const extracted = frames.flatMap(({ frameId, result }) => (result.op === 'extract' ? [{ frameId, fields: result.frame }] : []));
    const top = extracted.find(({ frameId }) => frameId === 0)?.fields;
    const fields = collectFormFields(extracted);
    job = await update(job, { fields, pageUrl: top?.url ?? '', pageTitle: top?.title ?? '', blockedOrigins: unreachedOrigins(frames) });
    if (fields.length === 0) {
      await fail(job, { kind: 'no-fields' });
      return;
    }
    job = await update(job, { status: 'asking' });
    const settings = await loadSettings();
    const profile = settings.profiles.find((candidate) => candidate.id === job.profileId) ?? null;
    const asked = askedFields(fields);
    const generate = (request: Parameters<ReturnType<typeof backgroundPipeline>['pipeline']['generate']>[0]) =>
      backgroundPipeline().pipeline.generate(request, { signal, emit: () => undefined, pageUrl: job.pageUrl || null });
    const answer = await requestFill({ instruction: job.instruction, profile, asked, pageTitle: job.pageTitle, pageUrl: job.pageUrl }, generate);
    const byIndex = new Map<number, FieldValue | null>();
    for (const { key } of asked) byIndex.set(Number(key.slice(1)) - 1, answer.values.get(key) ?? null);
    if (signal.aborted) return;
    await update(job, {
      status: 'ready',
      proposals: buildProposals(fields, byIndex),
      requests: answer.requests,
      model: answer.model,
      fellBack: answer.fellBack,
      repaired: answer.repaired,
    });
  } catch (caught) {
    // Stopped on purpose (discarded, replaced, or the page changed): whoever stopped it has set the job's state.
    if (signal.aborted) return;
    if ((caught as { noAccess?: boolean }).noAccess) await fail(job, { kind: 'no-access', message: (caught as Error).message.slice(0, 500) });
    else await fail(job, { kind: 'generation', error: toGenerationError(caught).toInfo() });
  }
}

export function editFillJob(job: FillJob, edits: readonly ProposalEdit[]): Promise<FillJob> {
  return update(job, { proposals: mergeEdits(job.fields, job.proposals, edits) });
}

interface WriteOutcome {
  changed: FilledField[];
  written: number;
  skipped: number;
}

async function writeFrames(tabId: number, frames: readonly FrameWrites[]): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { changed: [], written: 0, skipped: 0 };
  for (const frame of frames) {
    // A frame that navigated away or closed skips its fields; the others still go in.
    const answers = await runFormAgent(tabId, { op: 'fill', writes: frame.writes, highlight: true }, [frame.frameId]).catch(() => []);
    const results = answers[0]?.result.op === 'fill' ? answers[0].result.results : [];
    frame.writes.forEach((write, i) => {
      const result = results.find((candidate) => candidate.index === write.index && candidate.name === write.name);
      const fieldId = frame.fieldIds[i] ?? '';
      if (result?.outcome === 'written' && result.previous !== undefined) {
        outcome.written++;
        outcome.changed.push({ fieldId, previous: result.previous, current: result.current ?? write.value });
      } else outcome.skipped++;
    });
  }
  return outcome;
}

export async function applyFillJob(job: FillJob, edits: readonly ProposalEdit[]): Promise<FillJob> {
  const proposals = mergeEdits(job.fields, job.proposals, edits);
  const filling = await update(job, { status: 'filling', proposals });
  const { changed, written, skipped } = await writeFrames(job.tabId, fillWrites(job.fields, proposals));
  return update(filling, { status: 'filled', filled: changed, lastWrite: { action: 'fill', written, skipped } });
}

export async function undoFillJob(job: FillJob): Promise<FillJob> {
  const filling = await update(job, { status: 'filling' });
  const { written, skipped } = await writeFrames(job.tabId, undoWrites(job.fields, job.filled));
  return update(filling, { status: 'ready', filled: [], lastWrite: { action: 'undo', written, skipped } });
}
