// Owns the page's one "nothing lost" rule: a section form with unsaved edits says so, and leaving it (another
// section, closing the tab) asks first. Any section adopts it by rendering its fields inside SectionForm.
import { useEffect } from 'react';
import { t } from '../../lib/i18n/t';

const dirtyForms = new Set<string>();

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

// Asked before the open section changes; true when there is nothing to lose or the user agrees to drop it.
export function confirmLeave(confirm: (text: string) => boolean = (text) => window.confirm(text)): boolean {
  if (!hasUnsavedChanges()) return true;
  if (!confirm(t('opt_unsavedLeave'))) return false;
  dirtyForms.clear();
  return true;
}

// Registers a form's unsaved state while it is mounted, and the browser's own warning on close or reload.
export function useUnsavedChanges(formId: string, dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    dirtyForms.add(formId);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium shows the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyForms.delete(formId);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [formId, dirty]);
}
