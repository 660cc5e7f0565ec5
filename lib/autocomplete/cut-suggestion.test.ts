import { describe, expect, it } from 'vitest';
import { cleanSuggestion, cutSuggestion } from './cut-suggestion';
import { trimAfter, trimBefore } from './trim-context';

describe('cutSuggestion', () => {
  it.each([
    ['the quick reply. And more', 'the quick reply.', true],
    ['see you soon\nBest', 'see you soon', true],
    ['still going', 'still going', false],
    ['谢谢你的帮助。我们', '谢谢你的帮助。', true],
    ['version 2.5 is out', 'version 2.5 is out', false],
    ['\nnext line', '', true],
  ])('%j → %j', (input, text, complete) => {
    expect(cutSuggestion(input)).toEqual({ text, complete });
  });
});

describe('cleanSuggestion', () => {
  it('drops an echo of the text before the caret, quotes and a doubled space', () => {
    expect(cleanSuggestion('Thanks for the reply', 'Thanks for')).toBe(' the reply');
    expect(cleanSuggestion('"the reply."', 'Thanks for ')).toBe('the reply.');
    expect(cleanSuggestion(' the reply', 'Thanks for ')).toBe('the reply');
  });
});

describe('trim context', () => {
  it('keeps short text whole', () => {
    expect(trimBefore('abc', 10)).toBe('abc');
    expect(trimAfter('abc', 10)).toBe('abc');
  });

  it('moves the window start in steps, so typing one more character keeps the old window a prefix', () => {
    const text = 'x'.repeat(2000);
    const first = trimBefore(text);
    const next = trimBefore(`${text}y`);
    expect(first.length).toBeLessThanOrEqual(1500);
    expect(next.startsWith(first)).toBe(true);
  });

  it('keeps the start of the text after the caret', () => {
    expect(trimAfter('abcdef', 3)).toBe('abc');
  });
});
