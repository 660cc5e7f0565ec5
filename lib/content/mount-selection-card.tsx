// Owns placing the selection card in a shadow root next to the selection, and taking it away.
import { createRoot, type Root } from 'react-dom/client';
import { CARD_CSS } from '../../components/selection-card/card-styles';
import { SelectionCard } from '../../components/selection-card/selection-card';
import { copyText } from '../dom/copy-text';
import { deepActiveElement } from '../dom/editable-field';
import { t } from '../i18n/t';
import { placeNear } from '../dom/place-near';
import { captureSelection, type SelectionCapture } from '../dom/selection-capture';
import { writeToSelection } from '../dom/selection-insert';
import { clampSelection } from '../selection/clamp-selection';
import { SelectionJobSchema, type CardOpenStatus, type SelectionJob } from '../selection/selection-job';
import type { SelectionSource } from '../selection/selection-request';
import { showFieldAlert } from './field-alert';
import type { SelectionCardApi } from './selection-card-api';

const CARD_WIDTH = 440;
const CARD_HEIGHT_GUESS = 300;

export function createSelectionCardController(doc: Document): SelectionCardApi {
  let host: HTMLElement | null = null;
  let root: Root | null = null;
  const view = doc.defaultView;

  // Focus moving inside the card is our business only: page focus traps would pull it back, and the
  // field watcher would offer its Generate button on the instruction box. The window's capture phase
  // comes before every document listener.
  const keepFocusPrivate = (event: FocusEvent) => {
    if (host && event.composedPath().includes(host)) event.stopImmediatePropagation();
  };

  const close = () => {
    view?.removeEventListener('focusin', keepFocusPrivate, true);
    root?.unmount();
    host?.remove();
    root = null;
    host = null;
  };

  const mount = (job: SelectionJob, capture: SelectionCapture) => {
    close();
    const clamped = clampSelection(capture.text);
    const source: SelectionSource = {
      target: capture.target,
      text: clamped.text,
      fieldText: capture.fieldText ?? undefined,
      fieldLabel: capture.fieldLabel ?? undefined,
      // A frame's own title stands in for the tab's only in the top frame, where they are the same page.
      documentTitle: doc.defaultView === doc.defaultView?.top ? doc.title : undefined,
    };
    host = doc.createElement('draftsmith-selection-card');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const container = doc.createElement('div');
    shadow.append(style, container);
    const { top, left } = placeNear(capture.rect, { width: CARD_WIDTH, height: CARD_HEIGHT_GUESS }, doc.defaultView);
    host.style.cssText = `position:fixed;z-index:2147483647;top:${top}px;left:${left}px;`;
    doc.documentElement.append(host);
    view?.addEventListener('focusin', keepFocusPrivate, true);
    const dismiss = () => {
      close();
      capture.field?.focus();
    };
    root = createRoot(container);
    root.render(
      <SelectionCard
        job={job}
        source={source}
        cutFrom={clamped.cutFrom}
        copy={(text) => copyText(doc, text)}
        write={capture.field ? (text, placement) => writeToSelection(capture, text, placement) : undefined}
        onClose={dismiss}
      />,
    );
  };

  let closeAlert: (() => void) | null = null;
  const alertAt = (field: HTMLElement, message: string) => {
    closeAlert?.();
    closeAlert = showFieldAlert(field, { message, dismiss: t('noticeDismiss') });
  };

  return {
    open(raw): CardOpenStatus {
      const parsed = SelectionJobSchema.safeParse(raw);
      if (!parsed.success) return 'refused';
      const captured = captureSelection(doc);
      // The menu item or the shortcut was used in a field: there, it says why nothing opens. (Elsewhere the
      // background opens the result window with the text the browser saw selected, or there was nothing.)
      if (captured.kind === 'refused') {
        const active = deepActiveElement(doc);
        if (active instanceof HTMLElement) alertAt(active, t('cardFieldRefused'));
        return 'refused';
      }
      if (captured.kind === 'empty') return 'no-selection';
      // A template needs text to work on; the custom prompt may also write into an empty field.
      if (parsed.data.action.kind === 'template' && captured.capture.text.trim() === '') {
        if (captured.capture.field) alertAt(captured.capture.field, t('cardNothingToWorkOn'));
        return 'no-selection';
      }
      mount(parsed.data, captured.capture);
      return 'opened';
    },
    close,
    contains: (node) => node !== null && host !== null && (node === host || host.contains(node)),
  };
}
