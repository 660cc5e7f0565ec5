// Owns the one delegated focus listener that offers Draftsmith on editable fields.
import { focusedTarget, toEditableField, type EditableField } from '../dom/editable-field';
import { sendMessage } from '../messaging/messenger';
import { createInlineTrigger } from './inline-trigger';
import { loadPanel } from './load-panel';
import { registeredPanel } from './panel-api';

export interface FieldWatcher {
  openPanelForFocusedField(): Promise<boolean>;
  dispose(): void;
}

export function watchFields(doc: Document): FieldWatcher {
  let current: EditableField | null = null;
  let siteEnabled: Promise<boolean> | null = null;
  const trigger = createInlineTrigger(doc, () => void openPanel());

  // Asked once per page, and only after the user focuses a field: no work at load.
  const isEnabled = () => {
    siteEnabled ??= sendMessage('getSiteStatus', undefined).then(
      (status) => status.enabled,
      () => false,
    );
    return siteEnabled;
  };

  const openPanel = async (): Promise<boolean> => {
    if (!current) return false;
    const field = current;
    const panel = await loadPanel();
    trigger.hide();
    panel.open(field);
    return true;
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = focusedTarget(event);
    if (trigger.contains(target) || registeredPanel()?.contains(target)) return;
    const field = toEditableField(target);
    current = field;
    if (!field) {
      trigger.hide();
      return;
    }
    void isEnabled().then((enabled) => {
      if (enabled && current === field) trigger.show(field);
    });
  };

  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (trigger.contains(next)) return;
    // Focus moved elsewhere (or the window lost focus): the button goes with it.
    trigger.hide();
  };

  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('focusout', onFocusOut, true);

  return {
    openPanelForFocusedField: async () => {
      const active = doc.hasFocus() ? deepActiveElement(doc) : null;
      current = toEditableField(active);
      if (!current || !(await isEnabled())) return false;
      return openPanel();
    },
    dispose() {
      doc.removeEventListener('focusin', onFocusIn, true);
      doc.removeEventListener('focusout', onFocusOut, true);
      trigger.hide();
    },
  };
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
