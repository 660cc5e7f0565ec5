// Owns the one delegated focus listener that offers Draftsmith on editable fields, and the site switch it obeys.
import { deepActiveElement, focusedTarget, toEditableField, type EditableField } from '../dom/editable-field';
import { sendMessage } from '../messaging/messenger';
import { createInlineTrigger } from './inline-trigger';
import { loadPanel } from './load-panel';
import { registeredPanel, type PanelHooks } from './panel-api';

export interface FieldWatcher {
  openPanelForFocusedField(): Promise<boolean>;
  // The site rules changed (this tab's panel, the popup, the options page): ask again.
  refreshSiteStatus(): void;
  dispose(): void;
}

export function watchFields(doc: Document): FieldWatcher {
  let current: EditableField | null = null;
  let siteEnabled: Promise<boolean> | null = null;
  // Reaching for the button starts loading the panel, so the click does not wait for all of it. A failed
  // early load is harmless: the click loads again and reports a failure there.
  const trigger = createInlineTrigger(
    doc,
    () => void openPanel(),
    () => void loadPanel().catch(() => undefined),
  );

  // Asked once per page, and only after the user focuses a field: no work at load.
  const isEnabled = () => {
    siteEnabled ??= sendMessage('getSiteStatus', undefined).then(
      (status) => status.enabled,
      () => false,
    );
    return siteEnabled;
  };

  const hooks: PanelHooks = {
    onSiteDisabled() {
      siteEnabled = Promise.resolve(false);
      trigger.hide();
    },
  };

  const openPanel = async (): Promise<boolean> => {
    if (!current) return false;
    const field = current;
    const panel = await loadPanel();
    trigger.hide();
    panel.open(field, hooks);
    return true;
  };

  const offer = (field: EditableField | null) => {
    current = field;
    if (!field) {
      trigger.hide();
      return;
    }
    void isEnabled().then((enabled) => {
      if (enabled && current === field && isFocused(doc, field)) trigger.show(field);
      else if (!enabled) trigger.hide();
    });
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = focusedTarget(event);
    if (trigger.contains(target) || registeredPanel()?.contains(target)) return;
    watchShadowRoots(event);
    offer(toEditableField(target));
  };

  // Focus moving between two fields of one shadow root never reaches the document (the event is stopped
  // where target and relatedTarget retarget to the same host), so each open shadow root focus enters is
  // watched too, from then on.
  const shadowRoots = new Set<ShadowRoot>();
  const watchShadowRoots = (event: FocusEvent) => {
    for (const node of event.composedPath()) {
      if (!(node instanceof ShadowRoot) || shadowRoots.has(node)) continue;
      shadowRoots.add(node);
      node.addEventListener('focusin', onFocusIn as EventListener, true);
      node.addEventListener('focusout', onFocusOut as EventListener, true);
    }
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
      const panel = registeredPanel();
      // The shortcut pressed again inside the open panel closes it (focus goes back to the field).
      if (panel?.isOpen() && panel.contains(active)) {
        panel.close();
        return true;
      }
      current = toEditableField(active);
      if (!current || !(await isEnabled())) return false;
      return openPanel();
    },
    refreshSiteStatus() {
      siteEnabled = null;
      const active = doc.hasFocus() ? deepActiveElement(doc) : null;
      const field = toEditableField(active);
      if (field) offer(field);
      else trigger.hide();
    },
    dispose() {
      doc.removeEventListener('focusin', onFocusIn, true);
      doc.removeEventListener('focusout', onFocusOut, true);
      for (const root of shadowRoots) {
        root.removeEventListener('focusin', onFocusIn as EventListener, true);
        root.removeEventListener('focusout', onFocusOut as EventListener, true);
      }
      shadowRoots.clear();
      trigger.hide();
    },
  };
}

function isFocused(doc: Document, field: EditableField): boolean {
  const active = deepActiveElement(doc);
  return active === field || (active !== null && field.contains(active));
}
