import { describe, expect, it } from 'vitest';
import { reviewsEachChange, rewritesText, styleFor } from './rewrite-review';

describe('rewrite review rules', () => {
  it.each([
    ['rewrite', true],
    ['fix-grammar', true],
    ['make-shorter', true],
    ['make-longer', true],
    ['translate', true],
    ['continue', false],
    [undefined, false],
  ])('%s rewrites text: %s', (id, expected) => {
    expect(rewritesText(id)).toBe(expected);
  });

  it('lets only Fix grammar review each change', () => {
    expect(reviewsEachChange('fix-grammar')).toBe(true);
    expect(reviewsEachChange('rewrite')).toBe(false);
  });

  it('gives Rewrite the whole style, Shorter and Longer only the tone, and the others none', () => {
    const style = { tone: 'formal', length: 'longer' } as const;
    expect(styleFor('rewrite', style)).toEqual(style);
    expect(styleFor('make-shorter', style)).toEqual({ tone: 'formal', length: 'as-is' });
    expect(styleFor('fix-grammar', style)).toBeUndefined();
    expect(styleFor('translate', style)).toBeUndefined();
    expect(styleFor(undefined, style)).toBeUndefined();
  });
});
