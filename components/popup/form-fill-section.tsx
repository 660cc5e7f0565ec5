// The popup's form fill: ask for values, review them, fill, undo. The background owns the job, so this view
// can close at any step and, reopened, shows where the job stands.
import { useId } from 'react';
import { t } from '../../lib/i18n/t';
import { FillPreview } from './fill-preview';
import { FillRequestForm } from './fill-request-form';
import { FramePermission } from './frame-permission';
import { fillAnswerNotes, fillStatusText } from './fill-status';
import { useFillJob } from './use-fill-job';

export function FormFillSection({ tabId }: { tabId: number }) {
  const { job: query, start, apply, undo, discard, edit, pending, failure } = useFillJob(tabId);
  const headingId = useId();
  const job = query.data ?? null;
  const working = job?.status === 'reading' || job?.status === 'asking' || job?.status === 'filling';
  // Fields in a frame the extension may not enter are missing: say so and offer to allow it, before a fill.
  const askFrames = job !== null && job.blockedOrigins.length > 0 && (job.status === 'ready' || job.error?.kind === 'no-fields');
  const readAgain = () => job && start.mutate({ instruction: job.instruction, profileId: job.profileId });

  return (
    <section className="form-fill" aria-labelledby={headingId} aria-busy={working || pending}>
      <h2 id={headingId}>{t('popupFillHeading')}</h2>
      {query.isError && <p role="alert">{query.error.message}</p>}
      {failure && <p role="alert" className="error">{failure.message}</p>}
      {query.isSuccess && !job && <FillRequestForm busy={pending} onStart={(input) => start.mutate(input)} />}
      {job && (
        <>
          <p className={job.status === 'error' ? 'status error' : 'status'} role="status" aria-live="polite">
            {fillStatusText(job)}
          </p>
          {(job.status === 'ready' || job.status === 'filled') &&
            fillAnswerNotes(job).map((note) => (
              <p key={note} className="muted">
                {note}
              </p>
            ))}
        </>
      )}
      {askFrames && <FramePermission origins={job.blockedOrigins} busy={pending} onGranted={readAgain} />}
      {job?.status === 'ready' && (
        <FillPreview key={`${job.id}:${job.lastWrite?.action ?? ''}`} job={job} busy={pending} onEdit={edit} onFill={(rows) => apply.mutate(rows)} onDiscard={() => discard.mutate()} />
      )}
      {job && job.status !== 'ready' && (
        <div className="actions">
          {job.status === 'filled' && (
            <button type="button" className="primary" disabled={pending} onClick={() => undo.mutate()}>
              {t('popupUndo')}
            </button>
          )}
          {job.status === 'error' && (
            <button type="button" className="primary" disabled={pending} onClick={() => start.mutate({ instruction: job.instruction, profileId: job.profileId })}>
              {t('popupTryAgain')}
            </button>
          )}
          <button type="button" disabled={pending} onClick={() => discard.mutate()}>
            {working ? t('popupCancel') : t('popupNewFill')}
          </button>
        </div>
      )}
    </section>
  );
}
