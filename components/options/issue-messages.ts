// Owns turning schema issues into one readable sentence per form field.
import { isMessageKey, t } from '../../lib/i18n/t';

export type FieldErrors = Partial<Record<string, string>>;

export function issueMessages(issues: ReadonlyArray<{ path: string; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] || 'form';
    // Our schema's messages are i18n keys; anything else gets the generic sentence.
    errors[field] ??= isMessageKey(issue.message) ? t(issue.message) : t('settings_error_generic');
  }
  return errors;
}
