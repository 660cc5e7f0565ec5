import { describe, expect, it } from 'vitest';
import { intersects, panelBox, placePanel, type Box, type PlacementInput } from './panel-placement';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const panel = { width: 420, height: 520, minHeight: 300 };
const input = (field: Box, viewport = { width: 1280, height: 800 }, caret: Box | null = null): PlacementInput => ({ field, caret, viewport, panel });

describe('placePanel', () => {
  it('opens below a field at the top, its top edge anchored', () => {
    expect(placePanel(input(box(40, 20, 500, 120)))).toEqual({ side: 'below', left: 40, top: 146, bottom: null, maxHeight: 646 });
  });

  it('opens above a field at the bottom with its bottom edge anchored, so growth goes up and away', () => {
    const placement = placePanel(input(box(40, 660, 500, 120)));
    expect(placement).toMatchObject({ side: 'above', top: null, bottom: 146, maxHeight: 646 });
  });

  it('opens beside a field in the middle of a short viewport when neither above nor below has room', () => {
    const placement = placePanel(input(box(40, 240, 500, 120), { width: 1280, height: 600 }));
    expect(placement).toMatchObject({ side: 'right', left: 546 });
  });

  it('flips to the left of a field at the right edge', () => {
    const placement = placePanel(input(box(760, 240, 500, 120), { width: 1280, height: 600 }));
    expect(placement).toMatchObject({ side: 'left', left: 760 - 6 - 420 });
  });

  it('takes the larger side, capped, when the field is wide and the viewport short', () => {
    const placement = placePanel(input(box(8, 150, 1264, 100), { width: 1280, height: 600 }));
    expect(placement).toMatchObject({ side: 'below', top: 256, maxHeight: 336 });
  });

  it('keeps the caret line clear in a field taller than the viewport', () => {
    const caret = box(60, 500, 2, 18);
    const placement = placePanel(input(box(40, -300, 1200, 1600), { width: 1280, height: 800 }, caret));
    expect(placement.side).toBe('above');
    const line = { ...caret, left: 40, right: 1240 };
    expect(intersects(panelBox(placement, 420, 10_000, 800), line)).toBe(false);
  });

  it('shows the panel whole at the top of a frame too small for it', () => {
    expect(placePanel(input(box(0, 0, 300, 200), { width: 300, height: 200 }))).toMatchObject({ side: 'over', top: 8, maxHeight: 184 });
  });

  // Every field position on a grid, at both viewport sizes: the panel at its largest never meets the field
  // and never leaves the viewport.
  it.each([
    { width: 1280, height: 800 },
    { width: 1280, height: 600 },
  ])('never covers the field nor leaves a $width×$height viewport', (viewport) => {
    for (let top = 0; top <= viewport.height - 100; top += 50) {
      for (let left = 0; left <= viewport.width - 300; left += 120) {
        for (const [width, height] of [
          [300, 60],
          [500, 140],
          [640, 220],
        ] as const) {
          const field = box(left, top, Math.min(width, viewport.width - left), Math.min(height, viewport.height - top));
          const placement = placePanel(input(field, viewport));
          if (placement.side === 'over') continue;
          const taken = panelBox(placement, panel.width, 10_000, viewport.height);
          expect(intersects(taken, field), JSON.stringify({ field, placement })).toBe(false);
          expect(taken.top).toBeGreaterThanOrEqual(0);
          expect(taken.bottom).toBeLessThanOrEqual(viewport.height);
          expect(taken.left).toBeGreaterThanOrEqual(0);
          expect(taken.right).toBeLessThanOrEqual(viewport.width);
        }
      }
    }
  });
});
