import { describe, expect, it } from 'vitest';
import { contextKey, remainderFor, SuggestionCache } from './suggestion-cache';

const at = (before: string, after = '') => ({ scope: 'm', before, after });

describe('suggestion reuse', () => {
  it('serves the same context again', () => {
    const cache = new SuggestionCache();
    cache.put(at('Thanks for '), 'the quick reply.');
    expect(cache.find(at('Thanks for '))).toBe('the quick reply.');
  });

  it('keeps the rest of a suggestion while the user types into it', () => {
    const cache = new SuggestionCache();
    cache.put(at('Thanks for '), 'the quick reply.');
    expect(cache.find(at('Thanks for t'))).toBe('he quick reply.');
    expect(cache.find(at('Thanks for the qu'))).toBe('ick reply.');
  });

  it('serves a prefix already answered after backspace', () => {
    const cache = new SuggestionCache();
    cache.put(at('Thanks for '), 'the quick reply.');
    cache.put(at('Thanks for the slow'), ' answer.');
    expect(cache.find(at('Thanks for the slow'))).toBe(' answer.');
    // Backspaced out of the second context, back onto the first suggestion's path.
    expect(cache.find(at('Thanks for the'))).toBe(' quick reply.');
  });

  it('prefers the longest answered prefix', () => {
    const cache = new SuggestionCache();
    cache.put(at('Dear '), 'Ann, thank you');
    cache.put(at('Dear Ann, '), 'I hope you are well.');
    expect(cache.find(at('Dear Ann, I'))).toBe(' hope you are well.');
  });

  it('misses when the typing leaves the suggestion, the suggestion is used up, or the text after the caret differs', () => {
    const cache = new SuggestionCache();
    cache.put(at('Thanks for ', ' Best'), 'the reply.');
    expect(cache.find(at('Thanks for x', ' Best'))).toBeNull();
    expect(cache.find(at('Thanks for the reply.', ' Best'))).toBeNull();
    expect(cache.find(at('Thanks for ', ' Regards'))).toBeNull();
    expect(cache.find({ scope: 'other', before: 'Thanks for ', after: ' Best' })).toBeNull();
  });

  it('normalises line ends and composed characters in the key', () => {
    const cache = new SuggestionCache();
    cache.put(at('Line\r\nCafe\u0301 '), 'is open.');
    expect(cache.find(at('Line\nCafé '))).toBe('is open.');
    expect(contextKey(at('a\r\nb'))).toBe(contextKey(at('a\nb')));
  });

  it('forgets old entries, by count and by age', () => {
    let now = 0;
    const cache = new SuggestionCache({ maxEntries: 2, ttlMs: 1000, now: () => now });
    cache.put(at('a'), 'one');
    cache.put(at('b'), 'two');
    cache.put(at('c'), 'three');
    expect(cache.size).toBe(2);
    expect(cache.find(at('a'))).toBeNull();
    now = 2000;
    expect(cache.find(at('c'))).toBeNull();
  });

  it('remainderFor is null before the answered prefix', () => {
    expect(remainderFor({ before: 'abc', text: 'def' }, 'ab')).toBeNull();
    expect(remainderFor({ before: 'abc', text: 'def' }, 'abcd')).toBe('ef');
  });
});
