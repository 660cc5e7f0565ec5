// Owns keeping a field's selection visible while focus is in the panel: the CSS Custom Highlight API for
// rich text (no change to the page's DOM), and an overlay of rectangles for textarea and input, measured
// with text-mirror.ts.
import { isTextControl, type EditableField } from './editable-field';
import { rangeRects } from './text-mirror';
import { mountFloating, unmountFloating } from './top-layer';

const NAME = 'draftsmith-selection';
const HIGHLIGHT_CSS = `::highlight(${NAME}) { background-color: rgba(9, 105, 218, 0.28); }`;

export interface SelectionHighlight {
  // Redraws after a scroll or resize (the overlay follows the text).
  update(): void;
  remove(): void;
}

const NONE: SelectionHighlight = { update() {}, remove() {} };

export function highlightSelection(field: EditableField, range: { start: number; end: number; rich?: Range }): SelectionHighlight {
  if (range.start === range.end) return NONE;
  if (isTextControl(field)) return overlayHighlight(field, range.start, range.end);
  return range.rich ? customHighlight(field, range.rich) : NONE;
}

function customHighlight(field: HTMLElement, range: Range): SelectionHighlight {
  const view = field.ownerDocument.defaultView;
  if (!view || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return NONE;
  // ::highlight() rules apply within their own tree: a field in a shadow root needs the rule there.
  const root = field.getRootNode();
  const scope = root instanceof ShadowRoot ? root : field.ownerDocument;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  CSS.highlights.set(NAME, new Highlight(range.cloneRange()));
  return {
    update() {},
    remove() {
      CSS.highlights.delete(NAME);
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}

function overlayHighlight(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): SelectionHighlight {
  const doc = field.ownerDocument;
  const host = doc.createElement('draftsmith-highlight');
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: 'open' });
  const clip = doc.createElement('div');
  clip.style.cssText = 'position:fixed;overflow:hidden;pointer-events:none;';
  shadow.append(clip);
  mountFloating(host, field, 'position:fixed;top:0;left:0;z-index:2147483645;pointer-events:none;');

  const update = () => {
    // Clipped to the field's box: text scrolled out of the field stays hidden.
    const box = field.getBoundingClientRect();
    Object.assign(clip.style, { top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` });
    clip.replaceChildren(
      ...rangeRects(field, start, end).map((rect) => {
        const mark = doc.createElement('div');
        mark.style.cssText = `position:absolute;top:${rect.top - box.top}px;left:${rect.left - box.left}px;width:${rect.width}px;height:${rect.height}px;background:rgba(9,105,218,.28);border-radius:2px;`;
        return mark;
      }),
    );
  };
  update();
  return { update, remove: () => unmountFloating(host) };
}
