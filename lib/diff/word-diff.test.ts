import { describe, expect, it } from 'vitest';
import { changeCount, composeText, diffWords, type DiffPart } from './word-diff';

function changes(parts: DiffPart[]): Array<[string, string]> {
  return parts.flatMap((part) => (part.kind === 'change' ? [[part.removed, part.added] as [string, string]] : []));
}

describe('diffWords', () => {
  it('finds the changed words of a grammar fix', () => {
    const parts = diffWords('Their going to the the store tomorow.', "They're going to the store tomorrow.");
    expect(changes(parts)).toEqual([
      ['Their', "They're"],
      ['the ', ''],
      ['tomorow', 'tomorrow'],
    ]);
    expect(composeText(parts)).toBe("They're going to the store tomorrow.");
  });

  it('puts a rejected change back to the original words, and only that one', () => {
    const parts = diffWords('Their going to the the store tomorow.', "They're going to the store tomorrow.");
    expect(composeText(parts, new Set([1]))).toBe("They're going to the the store tomorrow.");
    expect(composeText(parts, new Set([0, 1, 2]))).toBe('Their going to the the store tomorow.');
  });

  it('diffs Chinese by word, not as one token', () => {
    const parts = diffWords('我们明天去商店买东西。', '我们后天去商店买东西。');
    expect(changes(parts)).toEqual([['明天', '后天']]);
    expect(parts[0]).toEqual({ kind: 'same', text: '我们' });
  });

  it('diffs Japanese by word', () => {
    const parts = diffWords('今日は良い天気ですね。', '今日は悪い天気ですね。');
    expect(changes(parts)).toEqual([['良い', '悪い']]);
  });

  it('treats punctuation as its own token', () => {
    const parts = diffWords('Hello, world', 'Hello; world!');
    expect(changes(parts)).toEqual([
      [',', ';'],
      ['', '!'],
    ]);
    expect(composeText(parts)).toBe('Hello; world!');
  });

  it('sees whitespace changes and keeps every character', () => {
    const original = 'one  two\nthree';
    const revised = 'one two\n\nthree';
    const parts = diffWords(original, revised);
    expect(changeCount(parts)).toBe(2);
    expect(composeText(parts)).toBe(revised);
    expect(composeText(parts, new Set([0, 1]))).toBe(original);
  });

  it('joins changes separated only by spaces into one', () => {
    expect(changes(diffWords('the quick brown fox', 'the slow red fox'))).toEqual([['quick brown', 'slow red']]);
  });

  it('handles empty sides and identical text', () => {
    expect(diffWords('', 'New text.')).toEqual([{ kind: 'change', id: 0, removed: '', added: 'New text.' }]);
    expect(diffWords('Same.', 'Same.')).toEqual([{ kind: 'same', text: 'Same.' }]);
    expect(changeCount(diffWords('Same.', 'Same.'))).toBe(0);
  });

  it('numbers changes in text order', () => {
    const ids = diffWords('a b c d e', 'a X c Y e').flatMap((part) => (part.kind === 'change' ? [part.id] : []));
    expect(ids).toEqual([0, 1]);
  });
});
