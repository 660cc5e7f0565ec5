// Owns turning schema issues into readable sentences keyed by settings path, and finding the one a field shows.
import { isMessageKey, t } from '../../lib/i18n/t';

export type FieldErrors = Partial<Record<string, string>>;

// The parts of a zod issue we explain; issues from the background arrive with a message only.
export interface IssueLike {
  path: ReadonlyArray<PropertyKey> | string;
  message: string;
  code?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
}

export function issueText(issue: IssueLike): string {
  // Our schemas' own messages are i18n keys.
  if (isMessageKey(issue.message)) return t(issue.message);
  const bound = String(issue.minimum ?? issue.maximum ?? '');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return t('opt_error_min', bound);
      if (issue.origin === 'array') return t('opt_error_listMin', bound);
      return bound === '1' ? t('opt_error_required') : t('opt_error_tooShort', bound);
    case 'too_big':
      if (issue.origin === 'number') return t('opt_error_max', bound);
      if (issue.origin === 'array') return t('opt_error_listMax', bound);
      return t('opt_error_tooLong', bound);
    case 'invalid_type':
      if (issue.expected === 'int') return t('opt_error_integer');
      if (issue.expected === 'number') return t('opt_error_number');
      return t('settings_error_generic');
    default:
      return t('settings_error_generic');
  }
}

export const pathKey = (path: IssueLike['path']): string => (typeof path === 'string' ? path : path.map(String).join('.'));

// The first problem per path wins: one sentence per field.
export function issueMessages(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[pathKey(issue.path)] ??= issueText(issue);
  return errors;
}

// The error for a field at `path`, or for anything inside it; an item of a list names its line.
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  for (const [key, message] of Object.entries(errors)) {
    if (!message || !key.startsWith(`${path}.`)) continue;
    const [index] = key.slice(path.length + 1).split('.');
    return index !== undefined && /^\d+$/.test(index) ? t('opt_error_line', [String(Number(index) + 1), message]) : message;
  }
  return undefined;
}
