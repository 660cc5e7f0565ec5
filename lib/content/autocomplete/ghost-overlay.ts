// Owns drawing a suggestion as grey text at the caret, in an overlay that copies the field's font and
// sits over the field's text box: the field and the editor's model are never touched by it.
// Drawing waits for the next animation frame: measuring the caret inside a keystroke's listener would force a
// layout of the page that the frame then does again, and keys typed within one frame need one drawing, not one each.
// In a textarea or input the ghost is anchored where the word being typed starts: the characters typed since
// are drawn again, transparent, in front of the suggestion. They take the same room in the overlay as in the
// field and wrap at the same places, so typing through the suggestion (or backspacing within it) changes text
// only and measures nothing; the caret is measured again when the field scrolls, resizes or its earlier text changes.

import { caretRect } from '../../dom/text-mirror';
import { t } from '../../i18n/t';
import type { CaretContext } from './caret-context';

export interface GhostOverlay {
  // Draws at the next frame (the latest call wins); onDrawn runs once it is on screen, not when the caret has no
  // place on screen to draw at.
  show(context: CaretContext, text: string, onDrawn?: () => void): void;
  hide(): void;
  // The field moved or scrolled: the next drawing measures the caret again.
  invalidate(): void;
  // On screen now (a first drawing still waiting for its frame is not).
  isShown(): boolean;
  dispose(): void;
}

const FONT_PROPERTIES = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'fontVariant', 'fontFeatureSettings', 'letterSpacing', 'wordSpacing', 'textTransform', 'tabSize', 'wordBreak', 'overflowWrap', 'direction'] as const;

export function createGhostOverlay(doc: Document): GhostOverlay {
  let host: HTMLElement | null = null;
  let ghost: HTMLElement | null = null;
  // The user's text from the anchor to the caret (transparent), then the suggestion's text.
  // Text nodes whose data is set: replacing an element's textContent costs a node each keystroke, and most of
  // the keystroke's time.
  let typed: Text | null = null;
  let rest: Text | null = null;
  let anchor: Anchor | null = null;
  let resizeObserver: ResizeObserver | null = null;
  let announcer: HTMLElement | null = null;
  // The suggestion last announced: typing through it shortens what is drawn, which is no news to announce.
  let announced = '';

  const ensure = (): { host: HTMLElement; ghost: HTMLElement; typed: Text; rest: Text } => {
    if (host && ghost && typed && rest && host.isConnected) return { host, ghost, typed, rest };
    host = doc.createElement('draftsmith-ghost');
    Object.assign(host.style, { position: 'fixed', overflow: 'hidden', pointerEvents: 'none', zIndex: '2147483646', margin: '0', padding: '0', border: '0', contain: 'layout paint' });
    // Closed: page scripts cannot read the suggestion out of the overlay.
    const shadow = host.attachShadow({ mode: 'closed' });
    ghost = doc.createElement('span');
    ghost.setAttribute('part', 'ghost');
    // The grey text is for eyes; a screen reader hears the suggestion once, from the polite status below.
    ghost.setAttribute('aria-hidden', 'true');
    Object.assign(ghost.style, { position: 'absolute', display: 'block', margin: '0', padding: '0', opacity: '0.5', userSelect: 'none' });
    const typedBox = doc.createElement('span');
    typedBox.style.color = 'transparent';
    typed = doc.createTextNode('');
    typedBox.append(typed);
    rest = doc.createTextNode('');
    ghost.append(typedBox, rest);
    announcer = doc.createElement('span');
    announcer.setAttribute('role', 'status');
    announcer.setAttribute('aria-live', 'polite');
    Object.assign(announcer.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
    shadow.append(ghost, announcer);
    doc.documentElement.append(host);
    return { host, ghost, typed, rest };
  };

  const forget = () => {
    anchor = null;
    resizeObserver?.disconnect();
  };

  let pending: { context: CaretContext; text: string; onDrawn: (() => void) | undefined } | null = null;
  let frame: number | null = null;

  const cancelFrame = () => {
    if (frame !== null) doc.defaultView?.cancelAnimationFrame(frame);
    frame = null;
    pending = null;
  };

  const hide = () => {
    cancelFrame();
    forget();
    drawn = null;
    if (host) host.style.display = 'none';
    announced = '';
    if (announcer) announcer.textContent = '';
  };

  // Typing on from the anchor: only the text changes.
  const redrawAnchored = (context: CaretContext, text: string): boolean => {
    if (!anchor || !typed || !rest || context.caret || context.field !== anchor.field || !context.field.isConnected) return false;
    if (context.offset < anchor.offset || !context.before.startsWith(anchor.head)) return false;
    setData(typed, context.before.slice(anchor.offset));
    setData(rest, text);
    announce(text);
    return true;
  };

  const announce = (text: string) => {
    if (!announced.endsWith(text) && announcer) {
      announced = text;
      announcer.textContent = t('autocompleteAnnounce', text.trim());
    }
  };

  // What is on screen, so a field that changes size can have it measured and drawn again at once.
  let drawn: { context: CaretContext; text: string } | null = null;

  const draw = (context: CaretContext, text: string): boolean => {
    drawn = { context, text };
    if (redrawAnchored(context, text)) return true;
    forget();
    const view = doc.defaultView;
    const at = context.caret ? context.offset : wordStart(context.before);
    // A caret range read at the keystroke may have been moved since by the editor; an unusable one is skipped.
    const caret = context.caret ? collapsedRect(context.caret) : caretRect(context.field as HTMLTextAreaElement, at);
    if (!view || !caret || !text || !context.field.isConnected) {
      hide();
      return false;
    }
    const field = context.field;
    const fieldStyle = view.getComputedStyle(field);
    const textElement = context.caret ? elementAt(context.caret) : field;
    const style = textElement && textElement !== field ? view.getComputedStyle(textElement) : fieldStyle;
    const box = field.getBoundingClientRect();
    const borderLeft = px(fieldStyle.borderLeftWidth);
    const borderTop = px(fieldStyle.borderTopWidth);
    const left = box.left + borderLeft;
    const top = box.top + borderTop;
    const width = field.clientWidth || box.width;
    const height = field.clientHeight || box.height;
    const contentLeft = px(fieldStyle.paddingLeft);
    const contentWidth = Math.max(0, width - contentLeft - px(fieldStyle.paddingRight));
    const singleLine = field instanceof HTMLInputElement;
    const lineHeight = style.lineHeight.endsWith('px') ? px(style.lineHeight) : caret.height;

    const parts = ensure();
    Object.assign(parts.host.style, { display: 'block', left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
    const ghostStyle: Record<string, string> = {
      top: `${caret.top - top - (lineHeight - caret.height) / 2}px`,
      lineHeight: `${lineHeight}px`,
      color: style.color,
      whiteSpace: singleLine ? 'pre' : 'pre-wrap',
    };
    for (const property of FONT_PROPERTIES) ghostStyle[property] = style[property];
    if (singleLine) {
      Object.assign(ghostStyle, { left: `${caret.left - left}px`, width: 'auto', textIndent: '0px' });
    } else {
      // The first line starts at the caret; the lines after it wrap at the field's own left edge.
      Object.assign(ghostStyle, { left: `${contentLeft}px`, width: `${contentWidth}px`, textIndent: `${caret.left - left - contentLeft}px` });
    }
    Object.assign(parts.ghost.style, ghostStyle);
    setData(parts.typed, context.caret ? '' : context.before.slice(at));
    setData(parts.rest, text);
    announce(text);
    if (!context.caret) follow(context.field, at, context.before.slice(0, at));
    return true;
  };

  // Anchors later drawings in this field, until it changes size (an auto-growing field moves its lines).
  const follow = (field: CaretContext['field'], offset: number, head: string) => {
    anchor = { field, offset, head, width: field.offsetWidth, height: field.offsetHeight };
    const view = doc.defaultView;
    if (!view || typeof view.ResizeObserver !== 'function') return;
    resizeObserver ??= new view.ResizeObserver((entries) => {
      const target = entries[0]?.target;
      if (!anchor || !(target instanceof view.HTMLElement)) return;
      // The first notice of an observation reports the size just measured: nothing moved.
      if (target.offsetWidth === anchor.width && target.offsetHeight === anchor.height) return;
      anchor = null;
      // Runs after layout and before paint: measured and drawn again within the same frame.
      if (drawn && host?.style.display !== 'none') draw(drawn.context, drawn.text);
    });
    resizeObserver.observe(field);
  };

  return {
    show(context, text, onDrawn) {
      const view = doc.defaultView;
      if (!view || !text) {
        hide();
        return;
      }
      pending = { context, text, onDrawn };
      frame ??= view.requestAnimationFrame(() => {
        frame = null;
        const next = pending;
        pending = null;
        if (next && draw(next.context, next.text)) next.onDrawn?.();
      });
    },
    hide,
    invalidate: forget,
    isShown: () => host !== null && host.isConnected && host.style.display !== 'none',
    dispose() {
      cancelFrame();
      forget();
      host?.remove();
      host = null;
      ghost = null;
      typed = null;
      rest = null;
      announcer = null;
    },
  };
}

// Unchanged text is not written: a write marks the overlay for layout even when nothing moved.
function setData(node: Text, data: string): void {
  if (node.data !== data) node.data = data;
}

interface Anchor {
  field: CaretContext['field'];
  // Where the measured caret is, and the field's text before it, which must not change while anchored.
  offset: number;
  head: string;
  width: number;
  height: number;
}

// Where the word being typed starts, with the spaces before it: from there the overlay breaks lines where the
// field does (a word that no longer fits moves down in both). Never before the start of the caret's line.
export function wordStart(before: string): number {
  let at = before.length;
  while (at > 0 && !/\s/.test(before[at - 1] ?? '')) at--;
  while (at > 0 && /[^\S\n]/.test(before[at - 1] ?? '')) at--;
  return at;
}

// A collapsed range has no box at some places (an empty line, after a <br>); the character before it does.
export function collapsedRect(range: Range): DOMRect | null {
  const rects = range.getClientRects();
  const last = rects[rects.length - 1];
  if (last) return new DOMRect(last.left, last.top, 0, last.height);
  const { startContainer: node, startOffset: offset } = range;
  const doc = node.ownerDocument;
  if (!doc) return null;
  if (node instanceof Text && offset > 0) {
    const previous = doc.createRange();
    previous.setStart(node, offset - 1);
    previous.setEnd(node, offset);
    const rect = previous.getBoundingClientRect();
    return new DOMRect(rect.right, rect.top, 0, rect.height);
  }
  const element = node instanceof Element ? (node.childNodes[offset] ?? node) : node.parentElement;
  if (!(element instanceof Element)) return null;
  const rect = element.getBoundingClientRect();
  return rect.height > 0 ? new DOMRect(rect.left, rect.top, 0, rect.height) : null;
}

function elementAt(range: Range): Element | null {
  const node = range.startContainer;
  return node instanceof Element ? node : node.parentElement;
}

function px(value: string): number {
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : 0;
}

