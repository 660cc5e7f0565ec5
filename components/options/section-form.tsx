// A section's form: its fields, the save bar (Save, unsaved-changes note) and the save status read out to
// screen readers. Any edit inside marks the form unsaved until a save succeeds (see unsaved-changes.ts).
import { useId, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { t } from '../../lib/i18n/t';
import { useUnsavedChanges } from './unsaved-changes';
import type { Notice } from './use-save-settings';

interface SectionFormProps {
  onSubmit: () => unknown;
  notice: Notice | null;
  pending: boolean;
  children: ReactNode;
  // Extra buttons next to Save.
  actions?: ReactNode;
  saveLabel?: string;
  // For edits the form cannot see (a drag, a file read): the section says it is unsaved.
  dirty?: boolean;
}

export function SectionForm({ onSubmit, notice, pending, children, actions, saveLabel, dirty = false }: SectionFormProps) {
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [edited, setEdited] = useState(false);
  const [seenNotice, setSeenNotice] = useState(notice);
  // A successful save is the only thing that clears the mark.
  if (notice !== seenNotice) {
    setSeenNotice(notice);
    if (notice?.kind === 'ok') setEdited(false);
  }
  const unsaved = edited || dirty;
  useUnsavedChanges(formId, unsaved);
  // Buttons that change the draft (add, remove, reorder) count as edits; ones that only look (test, reveal) opt out.
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest('button[type="button"]');
    if (button && !button.hasAttribute('data-no-edit')) setEdited(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSubmit();
    // After a failed save, focus goes to the first field that needs fixing (once React has marked it).
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  return (
    <form ref={form} onSubmit={(event) => void submit(event)} onInput={() => setEdited(true)} onChange={() => setEdited(true)} onClick={onClick} noValidate className="section-form">
      {children}
      <div className={`actions save-bar${unsaved ? ' unsaved' : ''}`}>
        <button type="submit" className="save" disabled={pending}>
          {pending ? t('saving') : (saveLabel ?? t('save'))}
        </button>
        {actions}
        {unsaved && !pending && <span className="unsaved-note">{t('opt_unsavedNote')}</span>}
        {/* In the bar, so the result of a save shows where Save was pressed. */}
        <SaveStatus notice={notice} />
      </div>
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
