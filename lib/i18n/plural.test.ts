import { describe, expect, it } from 'vitest';
import { pluralKey } from './plural';
import type { MessageKey } from './t';

const base = 'popupAnsweredBy' as MessageKey;

describe('pluralKey', () => {
  const has = (key: string) => key.endsWith('_one') || key.endsWith('_few');
  it.each([
    ['en', 1, 'popupAnsweredBy_one'],
    ['en', 2, 'popupAnsweredBy'],
    ['en', 0, 'popupAnsweredBy'],
    // Chinese has one form: the base key.
    ['zh-CN', 1, 'popupAnsweredBy'],
    // Polish "few" where the language has it.
    ['pl', 3, 'popupAnsweredBy_few'],
  ])('%s, %d → %s', (locale, count, expected) => {
    expect(pluralKey(base, count, locale, has)).toBe(expected);
  });

  it('falls back to the base key when a category has no message', () => {
    expect(pluralKey(base, 1, 'en', () => false)).toBe(base);
  });
});
