// Owns the geometry of floating UI beside a field: which side it opens on, where its anchored edge is, and
// how tall it may grow, so it never covers the field (or, for a field taller than the viewport, the caret
// line) and stays inside the viewport. Pure: boxes in, a placement out.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PlacementInput {
  field: Box;
  // The caret line (or the selection's line): kept clear when the field leaves no room around it.
  caret: Box | null;
  viewport: { width: number; height: number };
  // `height` is what the panel would like with an answer in it; `minHeight` is the least it is usable at.
  panel: { width: number; height: number; minHeight: number };
  gap?: number;
  margin?: number;
}

export type Side = 'below' | 'above' | 'right' | 'left' | 'over';

// `top` anchors the top edge (growth goes down), `bottom` the bottom edge as a distance from the viewport's
// bottom (growth goes up, away from the field). Exactly one of them is set.
export interface Placement {
  side: Side;
  left: number;
  top: number | null;
  bottom: number | null;
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

export function placePanel(input: PlacementInput): Placement {
  const around = (keepOut: Box) => chooseSide({ ...input, gap: input.gap ?? GAP, margin: input.margin ?? MARGIN }, keepOut);
  const beside = around(input.field);
  if (beside) return beside;
  // The field leaves no room on any side (it fills the viewport): keep the caret line clear instead.
  // The whole line, across the field's width, so the panel never sits beside the caret on its line either.
  const line = input.caret ? { top: input.caret.top, bottom: input.caret.bottom, left: input.field.left, right: input.field.right } : null;
  const nearCaret = line ? around(line) : null;
  if (nearCaret) return nearCaret;
  // A frame too small for the panel anywhere: show it whole at the top, scrolling inside.
  const margin = input.margin ?? MARGIN;
  return { side: 'over', left: clampLeft(input.field.left, input), top: margin, bottom: null, maxHeight: Math.max(0, input.viewport.height - 2 * margin) };
}

function chooseSide(input: Required<PlacementInput>, keepOut: Box): Placement | null {
  const { viewport, panel, gap, margin } = input;
  const below = viewport.height - margin - (keepOut.bottom + gap);
  const above = keepOut.top - gap - margin;
  const fullHeight = viewport.height - 2 * margin;
  const left = clampLeft(input.field.left, input);

  const placeBelow = (): Placement => ({ side: 'below', left, top: keepOut.bottom + gap, bottom: null, maxHeight: below });
  const placeAbove = (): Placement => ({ side: 'above', left, top: null, bottom: viewport.height - (keepOut.top - gap), maxHeight: above });

  if (below >= panel.height) return placeBelow();
  if (above >= panel.height) return placeAbove();

  // Beside the field, as tall as the viewport allows, its top level with the field's where it can be.
  const rightRoom = viewport.width - margin - (keepOut.right + gap);
  const leftRoom = keepOut.left - gap - margin;
  if (Math.max(rightRoom, leftRoom) >= panel.width && fullHeight >= panel.minHeight) {
    const height = Math.min(panel.height, fullHeight);
    const top = Math.max(margin, Math.min(keepOut.top, viewport.height - margin - height));
    const x = rightRoom >= panel.width ? keepOut.right + gap : keepOut.left - gap - panel.width;
    return { side: rightRoom >= panel.width ? 'right' : 'left', left: x, top, bottom: null, maxHeight: viewport.height - margin - top };
  }

  // Neither side has the room it would like: the larger one, capped, if the panel is usable there.
  if (Math.max(below, above) < panel.minHeight) return null;
  return below >= above ? placeBelow() : placeAbove();
}

function clampLeft(left: number, input: PlacementInput): number {
  const margin = input.margin ?? MARGIN;
  return Math.min(Math.max(margin, left), Math.max(margin, input.viewport.width - input.panel.width - margin));
}

// The box the panel will take at a given height, for checks and tests.
export function panelBox(placement: Placement, width: number, height: number, viewportHeight: number): Box {
  const h = Math.min(height, placement.maxHeight);
  const top = placement.top ?? viewportHeight - (placement.bottom ?? 0) - h;
  return { top, left: placement.left, bottom: top + h, right: placement.left + width };
}

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
