import { describe, expect, it } from 'vitest';
import { locateOffset } from './text-offsets';

describe('locateOffset', () => {
  it.each<[string, number[], number, ReturnType<typeof locateOffset>]>([
    ['start of the first node', [5, 3], 0, { index: 0, offset: 0 }],
    ['inside the first node', [5, 3], 2, { index: 0, offset: 2 }],
    ['a boundary belongs to the earlier node', [5, 3], 5, { index: 0, offset: 5 }],
    ['inside the second node', [5, 3], 6, { index: 1, offset: 1 }],
    ['the very end', [5, 3], 8, { index: 1, offset: 3 }],
    ['past the end clamps to the end', [5, 3], 50, { index: 1, offset: 3 }],
    ['a negative offset clamps to the start', [5, 3], -4, { index: 0, offset: 0 }],
    ['empty nodes before the offset are skipped', [0, 0, 4], 2, { index: 2, offset: 2 }],
    ['an empty first node takes offset 0', [0, 4], 0, { index: 0, offset: 0 }],
    ['no text nodes at all', [], 3, null],
  ])('%s', (_name, lengths, offset, expected) => {
    expect(locateOffset(lengths, offset)).toEqual(expected);
  });
});
