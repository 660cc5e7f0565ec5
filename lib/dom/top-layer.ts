// Owns putting our floating hosts (trigger, panel, notice, highlight) where a field in the browser's top
// layer can see them: inside its open modal <dialog> or popover (so the host is not inert and focus stays
// in the dialog), promoted into the top layer itself with popover="manual", above any z-index.

// The nearest open <dialog> or open popover holding the field, looking out through shadow roots.
export function topLayerAncestor(field: Element): HTMLElement | null {
  let node: Node | null = field;
  while (node) {
    if (node instanceof HTMLElement && (isOpenDialog(node) || isOpenPopover(node))) return node;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}

function isOpenDialog(element: HTMLElement): boolean {
  return element.localName === 'dialog' && element.hasAttribute('open');
}

function isOpenPopover(element: HTMLElement): boolean {
  try {
    return element.hasAttribute('popover') && element.matches(':popover-open');
  } catch {
    // A browser without the Popover API has no top layer for popovers.
    return false;
  }
}

function hideIfShown(host: HTMLElement): void {
  if (isOpenPopover(host)) host.hidePopover();
}

// The popover UA style centres and frames the element; the host must keep its own fixed placement.
const POPOVER_RESET = 'inset:auto;margin:0;padding:0;border:0;background:transparent;overflow:visible;width:auto;height:auto;color:inherit;';

// Appends `host` beside the field (in its dialog or popover when it has one) and, there, shows it in the top
// layer. Call again after moving to another field: the host follows.
export function mountFloating(host: HTMLElement, field: Element, inlineStyle: string): void {
  const doc = field.ownerDocument;
  const container = topLayerAncestor(field);
  hideIfShown(host);
  const parent = container ?? doc.documentElement;
  if (host.parentNode !== parent) parent.append(host);
  if (!container || typeof host.showPopover !== 'function') {
    host.removeAttribute('popover');
    host.style.cssText = inlineStyle;
    return;
  }
  host.setAttribute('popover', 'manual');
  host.style.cssText = `${inlineStyle}${POPOVER_RESET}`;
  // Shown (again) last, so it sits above the dialog and anything put in the top layer before it.
  host.showPopover();
}

// Removes a host mounted with mountFloating.
export function unmountFloating(host: HTMLElement): void {
  hideIfShown(host);
  host.remove();
}
