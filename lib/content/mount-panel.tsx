// Owns placing the React panel in a shadow root next to a field, and taking it away.
import { createRoot, type Root } from 'react-dom/client';
import { InlinePanel } from '../../components/inline-panel/inline-panel';
import { PANEL_CSS } from '../../components/inline-panel/panel-styles';
import type { EditableField } from '../dom/editable-field';
import { snapshotField } from '../dom/insert-text';
import { placeNear } from '../dom/place-near';
import type { InlinePanelApi } from './panel-api';

const PANEL_WIDTH = 420;
const PANEL_HEIGHT_GUESS = 260;

export function createPanelController(doc: Document): InlinePanelApi {
  let host: HTMLElement | null = null;
  let root: Root | null = null;

  const close = () => {
    root?.unmount();
    host?.remove();
    root = null;
    host = null;
  };

  return {
    open(field: EditableField) {
      close();
      host = doc.createElement('draftsmith-panel');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = PANEL_CSS;
      const mount = doc.createElement('div');
      shadow.append(style, mount);
      const { top, left } = placeNear(field.getBoundingClientRect(), { width: PANEL_WIDTH, height: PANEL_HEIGHT_GUESS }, doc.defaultView);
      host.style.cssText = `position:fixed;z-index:2147483647;top:${top}px;left:${left}px;`;
      doc.documentElement.append(host);
      root = createRoot(mount);
      root.render(<InlinePanel field={field} snapshot={snapshotField(field)} onClose={close} />);
    },
    close,
    isOpen: () => host !== null,
    contains: (node) => node !== null && host !== null && (node === host || host.contains(node)),
  };
}
