// Owns caret and text-range rectangles inside a textarea or input, measured on a hidden mirror element
// that copies the field's computed style, since a control exposes no geometry for its text.
export type TextControl = HTMLTextAreaElement | HTMLInputElement;

// The properties that decide where each character lands: box, font, spacing and wrapping.
export const MIRRORED_PROPERTIES = [
  'direction',
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontFeatureSettings',
  'fontKerning',
  'fontVariationSettings',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'textRendering',
  'wordBreak',
  'overflowWrap',
  'hyphens',
] as const;

type MirroredProperty = (typeof MIRRORED_PROPERTIES)[number];
export type StyleSource = Pick<CSSStyleDeclaration, MirroredProperty | 'paddingTop' | 'paddingBottom' | 'borderTopWidth' | 'borderBottomWidth'>;

export interface FieldBox {
  multiline: boolean;
  offsetWidth: number;
  offsetHeight: number;
  // Whether a vertical scrollbar takes width from the text, which changes where lines wrap.
  scrollsVertically: boolean;
}

// The inline style of the mirror: the field's text style on a hidden, fixed box of the field's size.
export function mirrorStyle(style: StyleSource, box: FieldBox): Record<string, string> {
  const copied: Record<string, string> = {};
  for (const property of MIRRORED_PROPERTIES) copied[property] = style[property];
  const layout: Record<string, string> = {
    position: 'fixed',
    top: '0px',
    left: '0px',
    visibility: 'hidden',
    pointerEvents: 'none',
    contain: 'strict',
    boxSizing: 'border-box',
    width: `${box.offsetWidth}px`,
    height: `${box.offsetHeight}px`,
    overflowX: 'hidden',
    overflowY: box.multiline && box.scrollsVertically ? 'scroll' : 'hidden',
    whiteSpace: box.multiline ? 'pre-wrap' : 'pre',
  };
  if (!box.multiline) {
    // An input centres its single line vertically; a line box as tall as its content box does the same.
    const inner = box.offsetHeight - px(style.paddingTop) - px(style.paddingBottom) - px(style.borderTopWidth) - px(style.borderBottomWidth);
    layout.lineHeight = `${Math.max(inner, 0)}px`;
    layout.overflowWrap = 'normal';
  }
  return { ...copied, ...layout };
}

// The mirror's text: the value with a trailing zero-width space, so a caret after a final newline has a line.
export function mirrorText(value: string): string {
  return `${value}\u200b`;
}

export function caretRect(field: TextControl, offset: number): DOMRect | null {
  return measure(field, (node, toField) => {
    const at = clampOffset(offset, field.value.length);
    const range = field.ownerDocument.createRange();
    range.setStart(node, at);
    range.setEnd(node, at);
    const rect = range.getClientRects()[0] ?? firstCharRect(range, node, at);
    return rect ? toField(new DOMRect(rect.left, rect.top, 0, rect.height)) : null;
  });
}

export function rangeRects(field: TextControl, start: number, end: number): DOMRect[] {
  const length = field.value.length;
  const from = clampOffset(Math.min(start, end), length);
  const to = clampOffset(Math.max(start, end), length);
  if (from === to) return [];
  return (
    measure(field, (node, toField) => {
      const range = field.ownerDocument.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return Array.from(range.getClientRects())
        .filter((rect) => rect.width > 0)
        .map(toField);
    }) ?? []
  );
}

type ToField = (rect: DOMRect) => DOMRect;

// Builds the mirror, scrolls it as the field is scrolled, measures, and removes it again. Rectangles are
// translated from the mirror's box to the field's, so they are in the field's viewport coordinates.
function measure<T>(field: TextControl, read: (node: Text, toField: ToField) => T): T | null {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  const host = doc.body ?? doc.documentElement;
  if (!view || !host) return null;
  const mirror = doc.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  const multiline = field instanceof view.HTMLTextAreaElement;
  const style = mirrorStyle(view.getComputedStyle(field), {
    multiline,
    offsetWidth: field.offsetWidth,
    offsetHeight: field.offsetHeight,
    scrollsVertically: field.scrollHeight > field.clientHeight,
  });
  Object.assign(mirror.style, style);
  const node = doc.createTextNode(mirrorText(field.value));
  mirror.append(node);
  host.append(mirror);
  try {
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
    const from = mirror.getBoundingClientRect();
    const to = field.getBoundingClientRect();
    const dx = to.left - from.left - mirror.scrollLeft + field.scrollLeft;
    const dy = to.top - from.top - mirror.scrollTop + field.scrollTop;
    return read(node, (rect) => new DOMRect(rect.left + dx, rect.top + dy, rect.width, rect.height));
  } finally {
    mirror.remove();
  }
}

// A collapsed range has no rectangle in some engines; the left edge of the next character stands in.
function firstCharRect(range: Range, node: Text, at: number): DOMRect | undefined {
  if (at >= node.length) return undefined;
  range.setEnd(node, at + 1);
  return range.getClientRects()[0];
}

function clampOffset(offset: number, length: number): number {
  return Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : length, length));
}

function px(value: string): number {
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : 0;
}
