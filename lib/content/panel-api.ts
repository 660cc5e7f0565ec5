// Owns the contract between the eager content script and the lazily loaded panel module.
import type { EditableField } from '../dom/editable-field';

// What the panel tells the eager script back, so the trigger reacts at once.
export interface PanelHooks {
  // The user chose "Disable on this site" in the panel.
  onSiteDisabled(): void;
}

export interface InlinePanelApi {
  open(field: EditableField, hooks: PanelHooks): void;
  close(): void;
  isOpen(): boolean;
  contains(node: Node | null): boolean;
}

// The lazy module runs in the content script's isolated world and registers itself here;
// pages cannot see this global.
export const PANEL_GLOBAL = '__draftsmithInlinePanel';

type PanelGlobal = typeof globalThis & { [PANEL_GLOBAL]?: InlinePanelApi };

export function registerPanel(api: InlinePanelApi): void {
  (globalThis as PanelGlobal)[PANEL_GLOBAL] = api;
}

export function registeredPanel(): InlinePanelApi | undefined {
  return (globalThis as PanelGlobal)[PANEL_GLOBAL];
}
