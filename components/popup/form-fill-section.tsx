// The popup's form fill: ask for values, review them, fill, undo. The background owns the job, so this view
// can close at any step and, reopened, shows where the job stands.
import { useId } from 'react';
import { t } from '../../lib/i18n/t';
import { SETTINGS_ERRORS } from '../inline-panel/generation-status';
import { FillPreview } from './fill-preview';
import { FillRequestForm } from './fill-request-form';
import { FramePermission } from './frame-permission';
import { fillAnswerNotes, fillStatusText } from './fill-status';
import { openSettings } from './popup-links';
import { useFillJob } from './use-fill-job';

export function FormFillSection({ tabId }: { tabId: number }) {
  const { job: query, start, apply, undo, discard, edit, pending, failure } = useFillJob(tabId);
  const headingId = useId();
  const job = query.data ?? null;
  const working = job?.status === 'reading' || job?.status === 'asking' || job?.status === 'filling';
  // Fields in a frame the extension may not enter are missing: say so and offer to allow it, before a fill.
  const askFrames = job !== null && job.blockedOrigins.length > 0 && (job.status === 'ready' || job.error?.kind === 'no-fields');
  const readAgain = () => job && start.mutate({ instruction: job.instruction, profileId: job.profileId });
  const error = job?.status === 'error' ? job.error : null;
  // A wrong key, URL or model is fixed in settings; a page without fields is not fixed by asking again.
  const fixInSettings = error?.kind === 'generation' && SETTINGS_ERRORS.has(error.error.code);
  const canRetry = job?.status === 'error' && error?.kind !== 'no-fields';

  return (
    <section className="form-fill" aria-labelledby={headingId} aria-busy={working || pending}>
      <h2 id={headingId}>{t('popupFillHeading')}</h2>
      {query.isError && <p role="alert">{query.error.message}</p>}
      {failure && <p role="alert" className="error">{failure.message}</p>}
      {query.isSuccess && !job && <FillRequestForm busy={pending} onStart={(input) => start.mutate(input)} />}
      {job && job.instruction && (
        <p className="instruction">
          <span className="muted">{t('popupYourInstruction')}</span> {job.instruction}
        </p>
      )}
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
          {fixInSettings && (
            <button type="button" className="primary" onClick={openSettings}>
              {t('openOptions')}
            </button>
          )}
          {canRetry && (
            <button type="button" className={fixInSettings ? undefined : 'primary'} disabled={pending} onClick={() => start.mutate({ instruction: job.instruction, profileId: job.profileId })}>
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
