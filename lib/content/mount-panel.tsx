// Owns placing the React panel in a shadow root beside a field (never over it), keeping the field's
// selection visible, following scrolls, Escape from the field, and the notice left after a write.
import { createRoot, type Root } from 'react-dom/client';
import { InlinePanel } from '../../components/inline-panel/inline-panel';
import { PANEL_CSS } from '../../components/inline-panel/panel-styles';
import type { WrittenNotice } from '../../components/inline-panel/use-field-writer';
import { composedContains } from '../dom/composed-tree';
import { isTextControl, type EditableField } from '../dom/editable-field';
import { refocusField, snapshotField, type FieldSnapshot } from '../dom/insert-text';
import { placePanel, type Box } from '../dom/panel-placement';
import { highlightSelection, type SelectionHighlight } from '../dom/selection-highlight';
import { caretRect } from '../dom/text-mirror';
import { mountFloating, unmountFloating } from '../dom/top-layer';
import { fieldText } from '../dom/undo-edit';
import type { InlinePanelApi, PanelHooks } from './panel-api';
import { showWriteNotice, type WriteNotice } from './write-notice';

const PANEL_WIDTH = 420;
// Before the first layout: the panel without an answer is about this tall.
const CHROME_GUESS = 230;
// Room wanted for an answer on top of the fixed parts, and the least that is still readable.
const ANSWER_ROOM = 260;
const ANSWER_MIN = 56;

interface OpenPanel {
  host: HTMLElement;
  root: Root;
  field: EditableField;
  snapshot: FieldSnapshot;
  highlight: SelectionHighlight;
  chrome: number;
  frame: number;
}

export function createPanelController(doc: Document): InlinePanelApi {
  let open: OpenPanel | null = null;
  let notice: WriteNotice | null = null;
  let noticeField: EditableField | null = null;
  const view = doc.defaultView ?? window;

  const viewport = () => ({ width: doc.documentElement.clientWidth || view.innerWidth, height: doc.documentElement.clientHeight || view.innerHeight });

  const place = (panel: OpenPanel) => {
    const { host, field, snapshot, chrome } = panel;
    const placement = placePanel({
      field: field.getBoundingClientRect(),
      caret: caretBox(field, snapshot),
      viewport: viewport(),
      panel: { width: Math.min(PANEL_WIDTH, viewport().width - 16), height: chrome + ANSWER_ROOM, minHeight: chrome + ANSWER_MIN },
    });
    host.style.left = `${Math.round(placement.left)}px`;
    host.style.top = placement.top === null ? 'auto' : `${Math.round(placement.top)}px`;
    host.style.bottom = placement.bottom === null ? 'auto' : `${Math.round(placement.bottom)}px`;
    host.style.setProperty('--draftsmith-max-height', `${Math.floor(placement.maxHeight)}px`);
    host.dataset.side = placement.side;
  };

  // Placed again only when the page moves (scroll, resize), never as the answer grows: it stays put.
  const follow = () => {
    if (!open || open.frame) return;
    open.frame = requestAnimationFrame(() => {
      if (!open) return;
      open.frame = 0;
      place(open);
      open.highlight.update();
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    const path = event.composedPath();
    if (open && path.includes(open.field)) {
      close(true);
    } else if (notice && !open && noticeField && (path.includes(noticeField) || notice.contains(path[0] as Node))) {
      // Only from the field or the notice itself: elsewhere Escape stays the page's.
      notice.dismiss();
    } else return;
    // Ours to handle: the page (a dialog that closes on Escape) does not also act on it.
    event.preventDefault();
    event.stopPropagation();
  };

  const listen = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    doc[method]('scroll', follow, { capture: true, passive: true } as AddEventListenerOptions);
    view[method]('resize', follow, { passive: true } as AddEventListenerOptions);
    doc[method]('keydown', onKeyDown as EventListener, true);
  };

  const close = (refocus: boolean) => {
    if (!open) return;
    const { host, root, field, snapshot, highlight, frame } = open;
    open = null;
    cancelAnimationFrame(frame);
    highlight.remove();
    root.unmount();
    unmountFloating(host);
    if (!notice) listen(false);
    if (refocus && field.isConnected) refocusField(field, snapshot);
  };

  const showNotice = (field: EditableField, written: WrittenNotice & { before: string }) => {
    notice?.dismiss();
    listen(true);
    const shown: WriteNotice = showWriteNotice({
      field,
      message: written.message,
      before: written.before,
      onGone: () => {
        if (notice === shown) notice = null;
        if (!open && !notice) listen(false);
      },
    });
    notice = shown;
    noticeField = field;
  };

  return {
    open(field: EditableField, hooks: PanelHooks) {
      close(false);
      notice?.dismiss();
      // Recorded before the panel takes focus: where the caret and selection were is where the text goes.
      const snapshot = snapshotField(field);
      const before = fieldText(field);
      const host = doc.createElement('draftsmith-panel');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = PANEL_CSS;
      const mount = doc.createElement('div');
      shadow.append(style, mount);
      mountFloating(host, field, 'position:fixed;z-index:2147483647;');
      const root = createRoot(mount);
      const highlight = highlightSelection(field, { start: snapshot.selectionStart, end: snapshot.selectionEnd, rich: snapshot.range });
      const panel: OpenPanel = { host, root, field, snapshot, highlight, chrome: CHROME_GUESS, frame: 0 };
      open = panel;
      place(panel);
      listen(true);
      const onWritten = (written: WrittenNotice) => {
        close(false);
        showNotice(field, { ...written, before });
      };
      root.render(<InlinePanel field={field} snapshot={snapshot} onClose={() => close(true)} onSiteDisabled={hooks.onSiteDisabled} onWritten={onWritten} />);
      // Once laid out without an answer, its real height tells how much room the fixed parts need.
      requestAnimationFrame(() => {
        if (open !== panel) return;
        panel.chrome = host.getBoundingClientRect().height || CHROME_GUESS;
        place(panel);
      });
    },
    close: () => close(true),
    isOpen: () => open !== null,
    contains: (node) => (open !== null && composedContains(open.host, node)) || (notice?.contains(node) ?? false),
  };
}

// The caret's line, kept clear when the field is taller than the viewport.
function caretBox(field: EditableField, snapshot: FieldSnapshot): Box | null {
  if (isTextControl(field)) return caretRect(field, snapshot.selectionEnd);
  const range = snapshot.range?.cloneRange();
  if (!range) return null;
  range.collapse(false);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return rect.height > 0 ? rect : null;
}
