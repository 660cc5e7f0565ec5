import { describe, expect, it } from 'vitest';
import { createHeldText, maskSpan } from './held-text';

describe('maskSpan', () => {
  it.each([
    ['plain', 'fuck', '••••'],
    ['zero-width characters add nothing', 'f\u200Bu\u200Dck', '••••'],
    ['combining marks add nothing', 'cafe\u0301', '••••'],
    ['surrogate pairs count once', '😀😀', '••'],
    ['Chinese', '傻逼', '••'],
  ])('%s', (_name, input, expected) => {
    expect(maskSpan(input)).toBe(expected);
  });
});

describe('createHeldText', () => {
  it('releases up to an offset and masks spans that cross the release point', () => {
    const held = createHeldText();
    held.append('abc bad');
    held.mask(4, 11);
    expect(held.release(6)).toBe('abc ••');
    held.append('word!');
    expect(held.releaseAll()).toBe('•••••!');
  });

  it('merges overlapping masks and ignores offsets already released', () => {
    const held = createHeldText();
    held.append('xabcdx');
    held.mask(2, 5);
    held.mask(1, 4);
    expect(held.release(0)).toBe('');
    expect(held.release(6)).toBe('x••••x');
    expect(held.release(3)).toBe('');
  });

  it('drops everything held', () => {
    const held = createHeldText();
    held.append('secret');
    held.drop();
    held.append(' next');
    expect(held.releaseAll()).toBe(' next');
  });
});
