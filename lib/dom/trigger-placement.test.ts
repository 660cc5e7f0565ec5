import { describe, expect, it } from 'vitest';
import { placeTrigger, type Box } from './trigger-placement';

const view = { width: 1000, height: 800 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('placeTrigger', () => {
  it('sits right of the field, level with its bottom, never over the text', () => {
    expect(placeTrigger(box(100, 100, 500, 200), view, 26)).toEqual({ visible: true, side: 'right', left: 504, top: 174 });
  });

  it('stays level with the visible part of a field taller than the viewport', () => {
    expect(placeTrigger(box(100, -300, 500, 2000), view, 26)).toEqual({ visible: true, side: 'right', left: 504, top: 774 });
  });

  it('goes below the right end of a field that reaches the right edge', () => {
    expect(placeTrigger(box(0, 100, 1000, 200), view, 26)).toEqual({ visible: true, side: 'below', left: 974, top: 204 });
  });

  it('goes above when there is no room right or below', () => {
    expect(placeTrigger(box(0, 700, 1000, 790), view, 26)).toEqual({ visible: true, side: 'above', left: 974, top: 670 });
  });

  it('goes inside the bottom-right corner only when the field fills the viewport', () => {
    expect(placeTrigger(box(0, 0, 1000, 800), view, 26)).toEqual({ visible: true, side: 'inside', left: 970, top: 770 });
  });

  it.each([
    ['above the viewport', box(100, -200, 500, -10)],
    ['below the viewport', box(100, 800, 500, 900)],
    ['left of the viewport', box(-600, 100, -10, 200)],
    ['right of the viewport', box(1000, 100, 1200, 200)],
  ])('hides when the field is scrolled %s', (_where, field) => {
    expect(placeTrigger(field, view, 26)).toEqual({ visible: false });
  });
});
