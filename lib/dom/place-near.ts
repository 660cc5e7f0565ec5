// Owns where floating UI goes beside a field: below it when there is room, above otherwise, inside the viewport.
export interface Size {
  width: number;
  height: number;
}

type Anchor = Pick<DOMRect, 'top' | 'bottom' | 'left'>;

export function placeNear(rect: Anchor, size: Size, view: Pick<Window, 'innerWidth' | 'innerHeight'> | null): { top: number; left: number } {
  const viewWidth = view?.innerWidth ?? 1024;
  const viewHeight = view?.innerHeight ?? 768;
  const below = rect.bottom + 6;
  const above = rect.top - size.height - 6;
  // Neither side fits (a field filling the viewport, such as an editor's iframe body): overlap its
  // lower part, fully visible, rather than hang off the bottom of the viewport.
  const top = below + size.height <= viewHeight ? below : above >= 0 ? above : viewHeight - size.height - 8;
  const left = Math.min(Math.max(8, rect.left), Math.max(8, viewWidth - size.width - 8));
  return { top: Math.max(8, top), left };
}
