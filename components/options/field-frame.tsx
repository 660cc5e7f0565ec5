// One labelled control with help, an inline error and the organisation lock, wired for screen readers.
import { useId, type ReactNode } from 'react';
import { t } from '../../lib/i18n/t';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  disabled: boolean | undefined;
}

export interface FrameProps {
  label: string;
  error?: string;
  help?: string;
  // Set by the organisation policy: shown, not editable.
  locked?: boolean;
  disabled?: boolean;
  className?: string;
}

export function FieldFrame({ label, error, help, locked, disabled, className, children }: FrameProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const lockId = `${id}-lock`;
  const describedBy = [help ? helpId : '', locked ? lockId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ?? 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, disabled: locked || disabled || undefined })}
      {help && (
        <p id={helpId} className="help">
          {help}
        </p>
      )}
      {locked && <LockedNote id={lockId} />}
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function LockedNote({ id }: { id?: string }) {
  return (
    <p id={id} className="locked">
      {t('opt_locked')}
    </p>
  );
}
