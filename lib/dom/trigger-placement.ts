// Owns where the Generate button sits beside a field: outside its text wherever the viewport allows.

export interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export type TriggerSpot = { visible: false } | { visible: true; left: number; top: number; side: 'right' | 'below' | 'above' | 'inside' };

const GAP = 4;

// Right of the field, level with its last visible line; else below or above its right end. Only a field
// that fills the viewport (an editor's iframe body) gets the button inside, in its bottom-right corner.
export function placeTrigger(field: Box, view: Viewport, size: number): TriggerSpot {
  const offscreen = field.bottom <= 0 || field.top >= view.height || field.right <= 0 || field.left >= view.width;
  if (offscreen) return { visible: false };
  const visibleBottom = Math.min(field.bottom, view.height);
  const alignedLeft = clamp(field.right - size, 0, view.width - size);
  if (field.right + GAP + size <= view.width) {
    const top = clamp(visibleBottom - size, Math.max(field.top, 0), view.height - size);
    return { visible: true, side: 'right', left: field.right + GAP, top };
  }
  if (field.bottom + GAP + size <= view.height) return { visible: true, side: 'below', left: alignedLeft, top: field.bottom + GAP };
  if (field.top - GAP - size >= 0) return { visible: true, side: 'above', left: alignedLeft, top: field.top - GAP - size };
  const left = clamp(Math.min(field.right, view.width) - size - GAP, 0, view.width - size);
  return { visible: true, side: 'inside', left, top: clamp(visibleBottom - size - GAP, 0, view.height - size) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
