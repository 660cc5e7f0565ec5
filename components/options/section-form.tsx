// A section's form: its fields, one Save button and the save status read out to screen readers.
import type { FormEvent, ReactNode } from 'react';
import { t } from '../../lib/i18n/t';
import type { Notice } from './use-save-settings';

interface SectionFormProps {
  onSubmit: () => unknown;
  notice: Notice | null;
  pending: boolean;
  children: ReactNode;
  // Extra buttons next to Save.
  actions?: ReactNode;
  saveLabel?: string;
}

export function SectionForm({ onSubmit, notice, pending, children, actions, saveLabel }: SectionFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="section-form">
      {children}
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? t('saving') : (saveLabel ?? t('save'))}
        </button>
        {actions}
      </div>
      <SaveStatus notice={notice} />
    </form>
  );
}

export function SaveStatus({ notice }: { notice: Notice | null }) {
  return (
    <p role="status" className={`save-status ${notice?.kind ?? ''}`}>
      {notice?.text}
    </p>
  );
}
