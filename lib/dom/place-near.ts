// Owns where floating UI goes beside a field: below it when there is room, above otherwise, inside the viewport.
export interface Size {
  width: number;
  height: number;
}

export function placeNear(rect: DOMRect, size: Size, view: Window | null): { top: number; left: number } {
  const viewWidth = view?.innerWidth ?? 1024;
  const viewHeight = view?.innerHeight ?? 768;
  const below = rect.bottom + 6;
  const top = below + size.height <= viewHeight || rect.top - size.height - 6 < 0 ? below : rect.top - size.height - 6;
  const left = Math.min(Math.max(8, rect.left), Math.max(8, viewWidth - size.width - 8));
  return { top: Math.max(8, Math.min(top, viewHeight - 40)), left };
}
