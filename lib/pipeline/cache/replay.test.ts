import { afterEach, describe, expect, it, vi } from 'vitest';
import { replayChunks } from './replay';

const isLoneSurrogateAtEdge = (chunk: string) => /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(chunk);

describe('replayChunks', () => {
  it.each<[string, string, number, string[]]>([
    ['empty text gives no pieces', '', 4, []],
    ['short text is one piece', 'abc', 4, ['abc']],
    ['splits at the size', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['moves an emoji that would straddle the edge to the next piece', 'abc😀de', 4, ['abc', '😀de']],
    ['keeps a flag (two astral code points) whole', 'ab🇫🇷cd', 4, ['ab', '🇫🇷', 'cd']],
    ['keeps a base letter with its combining mark', 'abce\u0301f', 4, ['abc', 'e\u0301f']],
    ['never cuts a code point, even below its size', '😀😀', 1, ['😀', '😀']],
  ])('%s', (_name, text, size, expected) => {
    expect(replayChunks(text, size)).toEqual(expected);
  });

  it('cuts an oversized grapheme between code points', () => {
    const zalgo = `a${'\u0301'.repeat(10)}`;
    expect(replayChunks(zalgo, 4)).toEqual(['a\u0301\u0301\u0301', '\u0301\u0301\u0301\u0301', '\u0301\u0301\u0301']);
  });

  it('rebuilds long mixed text exactly with the default size', () => {
    const text = 'Hello 👋🏽 world, here is 日本語 and 👨‍👩‍👧 families. '.repeat(40);
    const chunks = replayChunks(text);
    expect(chunks.join('')).toBe(text);
    expect(chunks.every((chunk) => chunk.length <= 48 && !isLoneSurrogateAtEdge(chunk))).toBe(true);
  });
});

describe('replayChunks without Intl.Segmenter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('still never cuts a surrogate pair', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const { replayChunks: fallback } = await import('./replay');
    expect(fallback('abc😀de', 4)).toEqual(['abc', '😀de']);
    // Code points only: the combining mark may now be separated from its letter.
    expect(fallback('abce\u0301f', 4)).toEqual(['abce', '\u0301f']);
  });
});
