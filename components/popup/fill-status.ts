// Owns the sentences the popup shows for a form-fill job: progress, the preview's summary, results and errors.
import { describeError } from '../../lib/i18n/error-message';
import { t } from '../../lib/i18n/t';
import { tPlural } from '../../lib/i18n/plural';
import type { FillJob, FillJobError } from '../../lib/forms/fill-job';

export function fillErrorText(error: FillJobError): string {
  switch (error.kind) {
    case 'generation':
      return describeError(error.error);
    case 'no-fields':
      return t('popupNoFields');
    case 'no-access':
      return t('popupNoAccess', error.message);
    case 'interrupted':
      return t('popupInterrupted');
    case 'page-changed':
      return t('popupPageChanged');
  }
}

export function fillStatusText(job: FillJob): string {
  switch (job.status) {
    case 'reading':
      return t('popupReading');
    case 'asking':
      return tPlural('popupAsking', job.fields.length);
    case 'filling':
      return t('popupFilling');
    case 'error':
      return job.error ? fillErrorText(job.error) : '';
    case 'ready': {
      const undo = job.lastWrite?.action === 'undo' ? job.lastWrite : null;
      if (undo) return undo.skipped > 0 ? t('popupUndoneSkipped', [String(undo.written), String(undo.skipped)]) : tPlural('popupUndone', undo.written);
      return t('popupReady', [String(job.proposals.filter((proposal) => proposal.proposed).length), String(job.fields.length)]);
    }
    case 'filled': {
      const fill = job.lastWrite;
      if (!fill) return '';
      return fill.skipped > 0 ? t('popupFilledSkipped', [String(fill.written), String(fill.skipped)]) : tPlural('popupFilled', fill.written);
    }
  }
}

// How the answer came about: the model, the number of requests, and a fallback or repair if there was one.
export function fillAnswerNotes(job: FillJob): string[] {
  if (!job.model) return [];
  const notes = [tPlural('popupAnsweredBy', job.requests, [job.model, String(job.requests)])];
  if (job.fellBack) notes.push(t('popupFellBack'));
  if (job.repaired) notes.push(t('popupRepaired'));
  return notes;
}
