// Owns placing the React panel in a shadow root next to a field, and taking it away (focus back to the field).
import { createRoot, type Root } from 'react-dom/client';
import { InlinePanel } from '../../components/inline-panel/inline-panel';
import { PANEL_CSS } from '../../components/inline-panel/panel-styles';
import { composedContains } from '../dom/composed-tree';
import type { EditableField } from '../dom/editable-field';
import { refocusField, snapshotField, type FieldSnapshot } from '../dom/insert-text';
import { placeNear } from '../dom/place-near';
import type { InlinePanelApi, PanelHooks } from './panel-api';

const PANEL_WIDTH = 420;
const PANEL_HEIGHT_GUESS = 330;

interface OpenPanel {
  host: HTMLElement;
  root: Root;
  field: EditableField;
  snapshot: FieldSnapshot;
}

export function createPanelController(doc: Document): InlinePanelApi {
  let open: OpenPanel | null = null;

  const close = (refocus: boolean) => {
    if (!open) return;
    const { host, root, field, snapshot } = open;
    open = null;
    root.unmount();
    host.remove();
    if (refocus && field.isConnected) refocusField(field, snapshot);
  };

  const place = (host: HTMLElement, field: EditableField, height: number) => {
    const { top, left } = placeNear(field.getBoundingClientRect(), { width: PANEL_WIDTH, height }, doc.defaultView);
    host.style.top = `${top}px`;
    host.style.left = `${left}px`;
  };

  return {
    open(field: EditableField, hooks: PanelHooks) {
      close(false);
      // Recorded before the panel takes focus: where the caret and selection were is where the text goes.
      const snapshot = snapshotField(field);
      const host = doc.createElement('draftsmith-panel');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = PANEL_CSS;
      const mount = doc.createElement('div');
      shadow.append(style, mount);
      host.style.cssText = 'position:fixed;z-index:2147483647;';
      place(host, field, PANEL_HEIGHT_GUESS);
      doc.documentElement.append(host);
      const root = createRoot(mount);
      open = { host, root, field, snapshot };
      root.render(<InlinePanel field={field} snapshot={snapshot} onClose={() => close(true)} onSiteDisabled={hooks.onSiteDisabled} onWritten={() => close(false)} />);
      // Once laid out, place it again by its real height so it neither covers the field nor leaves the viewport.
      requestAnimationFrame(() => {
        if (open?.host === host) place(host, field, host.getBoundingClientRect().height || PANEL_HEIGHT_GUESS);
      });
    },
    close: () => close(true),
    isOpen: () => open !== null,
    contains: (node) => open !== null && composedContains(open.host, node),
  };
}
