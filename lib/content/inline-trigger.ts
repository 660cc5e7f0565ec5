// Owns the small "Generate" button beside a focused field: plain DOM, because it is on every page.
import { t } from '../i18n/t';

const SIZE = 26;
const TRIGGER_CSS = `
:host { all: initial; }
button { box-sizing: border-box; width: ${SIZE}px; height: ${SIZE}px; padding: 0; border-radius: 50%;
  border: 1px solid #d1d9e0; background: #ffffff; color: #0969da; cursor: pointer; display: grid; place-items: center;
  box-shadow: 0 1px 4px rgba(0,0,0,.2); }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { button { background: #1f2428; color: #4493f8; border-color: #3d444d; } }
svg { width: 16px; height: 16px; }
`;
const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 2l2.2 6.3L20 10l-5.8 1.7L12 18l-2.2-6.3L4 10l5.8-1.7z"/><path d="M19 15l.9 2.1L22 18l-2.1.9L19 21l-.9-2.1L16 18l2.1-.9z"/></svg>';

export interface InlineTrigger {
  show(anchor: Element): void;
  hide(): void;
  contains(node: Node | null): boolean;
}

export function createInlineTrigger(doc: Document, onActivate: () => void): InlineTrigger {
  let host: HTMLElement | null = null;
  let anchor: Element | null = null;
  let frame = 0;

  const position = () => {
    frame = 0;
    if (!host || !anchor) return;
    const rect = anchor.getBoundingClientRect();
    const view = doc.defaultView;
    const viewWidth = view?.innerWidth ?? 0;
    // Outside the field's right edge, so it never covers text; below the field when there is no room.
    const outside = rect.right + 4 + SIZE <= viewWidth;
    const left = outside ? rect.right + 4 : rect.right - SIZE;
    const top = outside ? rect.bottom - SIZE : rect.bottom + 4;
    host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(position);
  };

  const build = (): HTMLElement => {
    const element = doc.createElement('draftsmith-trigger');
    element.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483646;';
    const shadow = element.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<style>${TRIGGER_CSS}</style><button type="button">${ICON}</button>`;
    const button = shadow.querySelector('button');
    if (button) {
      button.setAttribute('aria-label', t('generate'));
      button.title = t('generate');
      // Keep focus (and the caret) in the field when the button is clicked with a mouse.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', onActivate);
    }
    return element;
  };

  return {
    show(next) {
      anchor = next;
      host ??= build();
      if (!host.isConnected) doc.documentElement.append(host);
      position();
      // Follow the field only while it is focused: nothing runs per keystroke or while idle.
      doc.addEventListener('scroll', schedule, { capture: true, passive: true });
      doc.defaultView?.addEventListener('resize', schedule, { passive: true });
    },
    hide() {
      anchor = null;
      host?.remove();
      doc.removeEventListener('scroll', schedule, { capture: true });
      doc.defaultView?.removeEventListener('resize', schedule);
    },
    contains: (node) => node !== null && host !== null && (node === host || host.contains(node)),
  };
}
