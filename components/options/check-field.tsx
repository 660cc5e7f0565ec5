// A labelled checkbox (or switch) with help and the organisation lock.
import { useId } from 'react';
import { LockedNote } from './field-frame';

interface CheckFieldProps {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  help?: string;
  locked?: boolean;
  disabled?: boolean;
  // A switch applies at once; a checkbox waits for Save.
  role?: 'switch';
}

export function CheckField({ label, name, checked, onChange, help, locked, disabled, role }: CheckFieldProps) {
  const id = useId();
  const helpId = help ? `${id}-help` : '';
  const lockId = locked ? `${id}-lock` : '';
  return (
    <div className="check">
      <input
        id={id}
        name={name}
        type="checkbox"
        role={role}
        checked={checked}
        disabled={locked || disabled}
        aria-describedby={[helpId, lockId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {help && (
        <p id={helpId} className="help">
          {help}
        </p>
      )}
      {locked && <LockedNote id={lockId} />}
    </div>
  );
}
