// Owns the small "Generate" button beside a focused field: plain DOM, because it is on every page.
import { t } from '../i18n/t';
import { composedContains } from '../dom/composed-tree';
import { placeTrigger } from '../dom/trigger-placement';
import { mountFloating, unmountFloating } from '../dom/top-layer';

const SIZE = 26;
const HOST_STYLE = 'position:fixed;top:0;left:0;z-index:2147483646;';
const TRIGGER_CSS = `
:host { all: initial; }
button { box-sizing: border-box; width: ${SIZE}px; height: ${SIZE}px; padding: 0; border-radius: 50%;
  border: 1px solid #d1d9e0; background: #ffffff; color: #0969da; cursor: pointer; display: grid; place-items: center;
  box-shadow: 0 1px 4px rgba(0,0,0,.2); }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { button { background: #1f2428; color: #4493f8; border-color: #3d444d; } }
svg { width: 16px; height: 16px; }
`;
// The sparkle icon, built with DOM calls: pages that enforce Trusted Types refuse innerHTML.
const ICON_PATHS = [
  'M12 2l2.2 6.3L20 10l-5.8 1.7L12 18l-2.2-6.3L4 10l5.8-1.7z',
  'M19 15l.9 2.1L22 18l-2.1.9L19 21l-.9-2.1L16 18l2.1-.9z',
];
const SVG_NS = 'http://www.w3.org/2000/svg';

function buildIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', 'currentColor');
  for (const d of ICON_PATHS) {
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

export interface InlineTrigger {
  show(anchor: Element): void;
  hide(): void;
  contains(node: Node | null): boolean;
}

export function createInlineTrigger(doc: Document, onActivate: () => void): InlineTrigger {
  let host: HTMLElement | null = null;
  let anchor: Element | null = null;
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;
  let hiding = false;

  const position = () => {
    frame = 0;
    if (!host || !anchor) return;
    const view = doc.defaultView;
    const spot = placeTrigger(anchor.getBoundingClientRect(), { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 }, SIZE);
    host.style.visibility = spot.visible ? 'visible' : 'hidden';
    if (spot.visible) host.style.transform = `translate(${Math.round(spot.left)}px, ${Math.round(spot.top)}px)`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(position);
  };

  const build = (): HTMLElement => {
    const element = doc.createElement('draftsmith-trigger');
    const shadow = element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = TRIGGER_CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    button.append(buildIcon(doc));
    button.setAttribute('aria-label', t('generate'));
    button.title = t('generate');
    // Keep focus (and the caret) in the field when the button is clicked with a mouse.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', onActivate);
    shadow.append(style, button);
    return element;
  };

  const stopFollowing = () => {
    doc.removeEventListener('scroll', schedule, { capture: true });
    doc.defaultView?.removeEventListener('resize', schedule);
    resizeObserver?.disconnect();
    resizeObserver = null;
  };

  return {
    show(next) {
      stopFollowing();
      anchor = next;
      host ??= build();
      // In a modal dialog or popover the button goes with the field into the top layer.
      mountFloating(host, next, HOST_STYLE);
      position();
      // Follow the field only while it is focused: nothing runs per keystroke or while idle.
      doc.addEventListener('scroll', schedule, { capture: true, passive: true });
      doc.defaultView?.addEventListener('resize', schedule, { passive: true });
      // A field that grows as the user writes (or is resized by its handle) moves its edge.
      if (typeof ResizeObserver === 'function') {
        resizeObserver = new ResizeObserver(schedule);
        resizeObserver.observe(next);
      }
    },
    hide() {
      // Removing the focused button fires blur, whose focusout handler hides again: once is enough.
      if (hiding) return;
      hiding = true;
      anchor = null;
      stopFollowing();
      if (host) unmountFloating(host);
      hiding = false;
    },
    contains: (node) => host !== null && composedContains(host, node),
  };
}
