// Owns the look, the parts and the place of the small notices left next to a field (lib/content/write-notice.ts,
// lib/content/field-alert.ts): one style and one placement, so they read as one kind of thing.
import type { EditableField } from '../dom/editable-field';
import { placePanel } from '../dom/panel-placement';
import { mountFloating } from '../dom/top-layer';

const NOTICE_WIDTH = 360;

const NOTICE_CSS = `
:host { all: initial; }
.notice { box-sizing: border-box; width: max-content; max-width: ${NOTICE_WIDTH}px; display: flex; align-items: center; gap: 10px;
  padding: 8px 10px 8px 12px; border-radius: 8px; background: #1f2328; color: #ffffff; box-shadow: 0 6px 18px rgba(0,0,0,.25);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
@media (prefers-color-scheme: dark) { .notice { background: #e6edf3; color: #1f2328; } }
.text { flex: 1; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
.undo { padding: 3px 10px; border: 1px solid currentColor; background: transparent; color: inherit; font-weight: 600; }
.dismiss { border: none; background: none; color: inherit; opacity: .75; padding: 2px 4px; font-size: 14px; }
button:focus-visible { outline: 2px solid #4493f8; outline-offset: 2px; }
`;

export interface NoticeParts {
  host: HTMLElement;
  text: HTMLElement;
  dismissButton: HTMLButtonElement;
}

// A notice's host (an open shadow root, as the panel's), its live box with the message and its ✕; the caller adds
// its own buttons before the ✕ with `dismissButton.before(...)`. 'status' for what was done (read when the reader
// is free), 'alert' for what the user must know before going on.
export function buildNotice(doc: Document, message: string, dismissLabel: string, role: 'status' | 'alert' = 'status'): NoticeParts {
  const host = doc.createElement('draftsmith-notice');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', role);
  if (role === 'status') box.setAttribute('aria-live', 'polite');
  const text = doc.createElement('span');
  text.className = 'text';
  text.textContent = message;
  const dismissButton = doc.createElement('button');
  dismissButton.type = 'button';
  dismissButton.className = 'dismiss';
  dismissButton.textContent = '✕';
  dismissButton.setAttribute('aria-label', dismissLabel);
  // A mouse click keeps the caret in the field.
  dismissButton.addEventListener('mousedown', (event) => event.preventDefault());
  box.append(text, dismissButton);
  shadow.append(style, box);
  return { host, text, dismissButton };
}

// Shows the notice beside the field, above or below it as the viewport allows (as the panel is placed), in the
// field's dialog or popover when it has one.
export function mountNotice(host: HTMLElement, field: EditableField): void {
  mountFloating(host, field, 'position:fixed;z-index:2147483647;');
  placeNotice(host, field);
}

function placeNotice(host: HTMLElement, field: EditableField): void {
  const doc = field.ownerDocument;
  const size = host.getBoundingClientRect();
  const viewport = { width: doc.documentElement.clientWidth || window.innerWidth, height: doc.documentElement.clientHeight || window.innerHeight };
  const height = size.height || 40;
  const placement = placePanel({ field: field.getBoundingClientRect(), caret: null, viewport, panel: { width: Math.min(NOTICE_WIDTH, size.width || NOTICE_WIDTH), height, minHeight: height } });
  host.style.left = `${placement.left}px`;
  if (placement.top !== null) host.style.top = `${placement.top}px`;
  else host.style.bottom = `${placement.bottom ?? 0}px`;
}
