import { describe, expect, it } from 'vitest';
import { elisionMarker, fitText, longestFitting, MIN_KEPT_TOKENS } from './fit-text';
import { exactCounter } from '../../tests/support/prompt-kit';
import type { TokenCounter } from './token-count';
import { waterLevel } from './water-level';

const prose = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} talks about topic ${i % 7}.`).join(' ');
const emoji = '👍🏽😀🇫🇷'.repeat(300);
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// One token per UTF-16 unit: makes expected cuts easy to state.
const unitCounter: TokenCounter = { count: async (text) => text.length, estimate: (text) => text.length };

describe('longestFitting', () => {
  it.each([
    ['prefix', 'abcdefghij', 4, 'abcd'],
    ['suffix', 'abcdefghij', 4, 'ghij'],
    ['prefix', 'abc', 10, 'abc'],
    ['suffix', 'abc', 0, ''],
  ] as const)('%s of %s within %i units', async (side, text, budget, expected) => {
    expect((await longestFitting(text, budget, side, unitCounter)).text).toBe(expected);
  });

  it.each(['prefix', 'suffix'] as const)('never splits a surrogate pair (%s)', async (side) => {
    for (const budget of [1, 2, 3, 5, 8]) {
      const { text } = await longestFitting('😀😀😀😀😀', budget, side, unitCounter);
      expect(text).not.toMatch(loneSurrogate);
      expect(text.length).toBeLessThanOrEqual(budget);
    }
  });
});

describe('fitText', () => {
  it.each([
    ['start', prose, 300],
    ['end', prose, 300],
    ['ends', prose, 300],
    ['start', emoji, 120],
    ['end', emoji, 120],
    ['ends', emoji, 120],
  ] as const)('keeps the %s within budget, tightly', async (keep, text, budget) => {
    const original = await exactCounter.count(text);
    const fitted = await fitText(text, budget, keep, exactCounter);
    if (!fitted) throw new Error('expected a fit');
    expect(fitted.tokens).toBe(await exactCounter.count(fitted.text));
    expect(fitted.tokens).toBeLessThanOrEqual(budget);
    // Only the marker and a few boundary tokens go unused.
    expect(fitted.keptTokens).toBeGreaterThanOrEqual(budget - 20);
    expect(fitted.text).not.toMatch(loneSurrogate);
    const marker = elisionMarker(original - fitted.keptTokens);
    expect(fitted.text).toContain(marker);
    const [head = '', tail = ''] = fitted.text.split(marker);
    if (keep !== 'end') expect(text.startsWith(head.replace(/\n$/, ''))).toBe(true);
    if (keep !== 'start') expect(text.endsWith(tail.replace(/^\n/, ''))).toBe(true);
    if (keep === 'start') expect(fitted.text.endsWith(marker)).toBe(true);
    if (keep === 'end') expect(fitted.text.startsWith(marker)).toBe(true);
    if (keep === 'ends') expect(head.length > 0 && tail.length > 0).toBe(true);
  });

  it('leaves text that already fits untouched', async () => {
    expect(await fitText('short', 100, 'ends', exactCounter)).toEqual({ text: 'short', keptTokens: 1, tokens: 1 });
  });

  it('gives up when less than the minimum would survive beside the marker', async () => {
    expect(await fitText(prose, MIN_KEPT_TOKENS, 'end', exactCounter)).toBeNull();
  });
});

describe('waterLevel', () => {
  it.each([
    [[10, 20, 30], 100, Number.POSITIVE_INFINITY],
    [[10, 20, 30], 60, Number.POSITIVE_INFINITY],
    [[10, 20, 30], 50, 20],
    [[10, 20, 300], 50, 20],
    [[10, 20, 300], 40, 15],
    [[100, 100], 50, 25],
    [[5, 1000], 0, 0],
    [[], 10, Number.POSITIVE_INFINITY],
  ])('sizes %j in %i → level %d', (sizes, capacity, level) => {
    expect(waterLevel(sizes, capacity)).toBe(level);
  });
});
