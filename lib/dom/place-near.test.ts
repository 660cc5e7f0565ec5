import { describe, expect, it } from 'vitest';
import { placeNear } from './place-near';

const view = { innerWidth: 1000, innerHeight: 800 };
const rect = (left: number, top: number, width: number, height: number) => ({ left, top, bottom: top + height });

describe('placeNear', () => {
  it('goes below the field when there is room', () => {
    expect(placeNear(rect(100, 100, 300, 50), { width: 420, height: 300 }, view)).toEqual({ top: 156, left: 100 });
  });

  it('goes above the field when there is no room below', () => {
    expect(placeNear(rect(100, 600, 300, 50), { width: 420, height: 300 }, view)).toEqual({ top: 294, left: 100 });
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeNear(rect(900, 100, 80, 50), { width: 420, height: 300 }, view)).toEqual({ top: 156, left: 572 });
  });

  it('overlaps a field that fills the viewport rather than leaving it (an editor iframe body)', () => {
    expect(placeNear(rect(0, 0, 1000, 800), { width: 420, height: 300 }, view)).toEqual({ top: 492, left: 8 });
  });
});
