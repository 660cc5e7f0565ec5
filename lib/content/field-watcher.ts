// Owns the one delegated focus listener that offers Draftsmith on editable fields, and the site switch it obeys.
import { deepActiveElement, focusedTarget, toEditableField, type EditableField } from '../dom/editable-field';
import { sendMessage } from '../messaging/messenger';
import { createInlineTrigger } from './inline-trigger';
import type { SiteStatus } from './ask-site-status';
import type { FirstAct } from './interaction-api';
import { registeredAutocomplete } from './autocomplete-api';
import { syncAutocomplete } from './load-autocomplete';
import { loadPanel } from './load-panel';
import { registeredPanel, type InlinePanelApi, type PanelHooks } from './panel-api';
import { isExtensionAlive } from './stand-down';

export interface FieldWatcher {
  // Offers the field that has focus when this module starts, after the user's first act in the frame.
  adoptFocus(first: FirstAct): void;
  openPanelForFocusedField(): Promise<boolean>;
  // The site rules changed (this tab's panel, the popup, the options page): ask again.
  refreshSiteStatus(): void;
  dispose(): void;
}

// What the watcher cannot handle itself and hands to its owner (entrypoints/interaction.ts), to tell the user.
export interface WatcherTroubles {
  // Called once, when a focus or a click on the button finds this copy cut off from its extension
  // (lib/content/stand-down.ts), with the field to say so at (null where the site was off); the watcher has
  // then stopped.
  orphaned(field: EditableField | null): void;
  // The panel's module would not load (a damaged install, a disk error) while the extension is alive: the user
  // asked for the panel at `field` and got nothing. The watcher goes on; the next click loads again.
  panelFailed(field: EditableField, error: unknown): void;
}

// `askedAlready`: the eager script's question about this site, sent at the user's first act in a field.
export function watchFields(doc: Document, askedAlready?: Promise<SiteStatus>, troubles?: WatcherTroubles): FieldWatcher {
  let current: EditableField | null = null;
  let siteEnabled: Promise<boolean> | null = null;
  let pendingAnswer = askedAlready;
  // Reaching for the button starts loading the panel, so the click does not wait for all of it. A failed
  // early load is harmless: the click loads again and reports a failure there (openPanel).
  const trigger = createInlineTrigger(
    doc,
    () => void openPanel(),
    () => void loadPanel().catch(() => undefined),
  );

  // Asked once per page, and only after the user focuses a field: no work at load.
  const ask = () => {
    const asked = pendingAnswer ?? sendMessage('getSiteStatus', undefined);
    pendingAnswer = undefined;
    return asked;
  };
  // Whether the last answer about this site had Draftsmith on: a copy found cut off says so only where it was
  // offering anything.
  let knownEnabled = false;
  const isEnabled = () => {
    if (siteEnabled) return siteEnabled;
    const asking: Promise<boolean> = ask().then(
      (status) => {
        knownEnabled = status.enabled;
        // The keystroke listeners exist only where autocomplete is on for this site.
        syncAutocomplete(doc, status.autocomplete);
        return status.enabled;
      },
      () => {
        // Not an answer (the worker restarting, a settings read that failed): off for now, and asked again at
        // the next focus rather than off for the rest of the page's life.
        if (siteEnabled === asking) siteEnabled = null;
        return false;
      },
    );
    siteEnabled = asking;
    return siteEnabled;
  };

  const hooks: PanelHooks = {
    onSiteDisabled() {
      siteEnabled = Promise.resolve(false);
      knownEnabled = false;
      syncAutocomplete(doc, false);
      trigger.hide();
    },
  };

  // Cut off from the extension (lib/content/stand-down.ts): stop, and let the caller say so at `field`.
  const orphaned = (field: EditableField | null) => {
    watcher.dispose();
    troubles?.orphaned(knownEnabled ? field : null);
  };

  const openPanel = async (): Promise<boolean> => {
    if (!current) return false;
    const field = current;
    // A button left showing when the extension was updated under the page: a click on it moves no focus.
    if (!isExtensionAlive()) {
      orphaned(field);
      return false;
    }
    let panel: InlinePanelApi;
    try {
      panel = await loadPanel();
    } catch (error) {
      // The extension went away while the module loaded: that is the cut-off copy, said as such.
      if (!isExtensionAlive()) orphaned(field);
      else {
        trigger.hide();
        troubles?.panelFailed(field, error);
      }
      return false;
    }
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
    if (!isExtensionAlive()) {
      // Focus on our own button or panel stands for the field they belong to.
      orphaned(toEditableField(target) ?? current);
      return;
    }
    if (trigger.contains(target) || registeredPanel()?.contains(target)) return;
    watchShadowRoots(event);
    offer(toEditableField(target));
  };

  // Focus moving between two fields of one shadow root never reaches the document (the event is stopped
  // where target and relatedTarget retarget to the same host), so each open shadow root focus enters is
  // watched too, from then on.
  const shadowRoots = new Set<ShadowRoot>();
  const watchShadowRoot = (node: EventTarget) => {
    if (!(node instanceof ShadowRoot) || shadowRoots.has(node)) return;
    shadowRoots.add(node);
    node.addEventListener('focusin', onFocusIn as EventListener, true);
    node.addEventListener('focusout', onFocusOut as EventListener, true);
  };
  const watchShadowRoots = (event: FocusEvent) => event.composedPath().forEach(watchShadowRoot);
  // The shadow roots that hold the focused element, when no focus event told us.
  const watchShadowRootsOf = (start: Document) => {
    for (let root = start.activeElement?.shadowRoot; root; root = root.activeElement?.shadowRoot) watchShadowRoot(root);
  };

  // A press in the field that already has focus fires no focus event: offer it again. Only listened for while
  // a field focused before this script started still has focus; after its first focusout, focus events suffice.
  const onPointerDown = (event: PointerEvent) => {
    const field = toEditableField(focusedTarget(event));
    if (field && field === toEditableField(deepActiveElement(doc))) offer(field);
  };
  const stopPointerWatch = () => doc.removeEventListener('pointerdown', onPointerDown, true);

  const onFocusOut = (event: FocusEvent) => {
    stopPointerWatch();
    const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (trigger.contains(next)) return;
    // Focus moved elsewhere (or the window lost focus): the button goes with it.
    trigger.hide();
  };

  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('focusout', onFocusOut, true);

  const watcher: FieldWatcher = {
    adoptFocus(first) {
      // This module loads at the user's first act in the frame (lib/content/first-interaction.ts), so the focus
      // event that brought it may be over: whatever has focus now is offered, as the focus listener would have.
      // A selection moved by a script, or a caret already there when the script started, says nothing about
      // where the user is now, so then the frame must hold focus.
      const focused = toEditableField(deepActiveElement(doc));
      const fromUser = first.type === 'focusin' || first.type === 'pointerdown' || first.type === 'keydown';
      if (!focused) return;
      watchShadowRootsOf(doc);
      // The page focused this field before the act (autofocus, an inline script) and the act did not move focus:
      // no focus event will come when the user clicks into it, so each press inside it offers it again, until
      // the first focusout.
      if (first.activeBefore !== null && first.activeBefore !== doc.body && first.activeBefore === doc.activeElement) {
        doc.addEventListener('pointerdown', onPointerDown, true);
      }
      if (fromUser || doc.hasFocus()) offer(focused);
    },
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
      // An answer asked before the rules changed is stale.
      pendingAnswer = undefined;
      // Autocomplete already listening here must hear at once that it was switched off.
      if (registeredAutocomplete()) void isEnabled();
      const active = doc.hasFocus() ? deepActiveElement(doc) : null;
      const field = toEditableField(active);
      if (field) offer(field);
      else trigger.hide();
    },
    dispose() {
      doc.removeEventListener('focusin', onFocusIn, true);
      doc.removeEventListener('focusout', onFocusOut, true);
      stopPointerWatch();
      for (const root of shadowRoots) {
        root.removeEventListener('focusin', onFocusIn as EventListener, true);
        root.removeEventListener('focusout', onFocusOut as EventListener, true);
      }
      shadowRoots.clear();
      trigger.hide();
      syncAutocomplete(doc, false);
    },
  };
  return watcher;
}

function isFocused(doc: Document, field: EditableField): boolean {
  const active = deepActiveElement(doc);
  return active === field || (active !== null && field.contains(active));
}
