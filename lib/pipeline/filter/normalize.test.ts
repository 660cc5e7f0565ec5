import { describe, expect, it } from 'vitest';
import { createStreamNormalizer, isInvisible, normalizeForMatch, normalizeTerm, type NormalizedText } from './normalize';

// Original text behind normalised units [from, to).
const originalOf = (input: string, n: NormalizedText, from: number, to: number) => input.slice(n.starts[from], n.ends[to - 1]);

describe('normalizeForMatch', () => {
  it.each([
    ['ASCII lower-cases', 'Hello WORLD', 'hello world'],
    ['full-width forms become ASCII', 'ｆｕｃｋ ＦＵＣＫ', 'fuck fuck'],
    ['ligature grows', 'ﬁne', 'fine'],
    ['unit symbol grows', '5㎏', '5kg'],
    ['zero-width characters vanish', 'f\u200Bu\u200Cc\u200Dk\u2060\uFEFF\u00AD\u180E!', 'fuck!'],
    ['variation selectors vanish', 'a\uFE0Fb', 'ab'],
    ['precomposed and decomposed accents agree', 'café', 'cafe\u0301'],
    ['decomposed accent stays', 'cafe\u0301', 'cafe\u0301'],
    ['Chinese passes through', '他妈的', '他妈的'],
    ['non-BMP characters survive', 'a😀b', 'a😀b'],
    ['dotted capital I', 'İ', 'i\u0307'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForMatch(input).text).toBe(expected);
  });

  it('maps every normalised unit back to the code point it came from', () => {
    const input = 'Aﬁ\u200B㎏😀é';
    const n = normalizeForMatch(input);
    expect(n.text).toBe('afikg😀e\u0301');
    expect(n.starts).toEqual([0, 1, 1, 3, 3, 4, 4, 6, 6]);
    expect(n.ends).toEqual([1, 2, 2, 4, 4, 6, 6, 7, 7]);
  });

  it('turns a match in normalised text into the right original span', () => {
    const input = 'say Ｆ\u200BＵck now';
    const n = normalizeForMatch(input);
    const at = n.text.indexOf('fuck');
    expect(originalOf(input, n, at, at + 4)).toBe('Ｆ\u200BＵck');
  });

  it('normalises terms the same way as text', () => {
    expect(normalizeTerm('ＢａＤ\u200Bword')).toBe('badword');
    expect(normalizeTerm('\u200B')).toBe('');
  });

  it.each([0x200b, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0xfe0f, 0xe0100])('treats code point %d as invisible', (cp) => {
    expect(isInvisible(cp)).toBe(true);
  });
});

describe('createStreamNormalizer', () => {
  it.each([
    ['ASCII', 'Hello World, this is a test.'],
    ['mixed', 'Ｈｅｌｌｏ ﬁne café 😀 f\u200Buck 他妈的 5㎏'],
    ['surrogates only', '😀😁😂🤣'],
  ])('gives the same text and map as one-shot normalisation for every chunking: %s', (_name, input) => {
    const whole = normalizeForMatch(input);
    for (let size = 1; size <= 4; size++) {
      const stream = createStreamNormalizer();
      const out: NormalizedText = { text: '', starts: [], ends: [] };
      const add = (piece: NormalizedText) => {
        out.text += piece.text;
        out.starts.push(...piece.starts);
        out.ends.push(...piece.ends);
      };
      for (let i = 0; i < input.length; i += size) add(stream.push(input.slice(i, i + size)));
      add(stream.flush());
      expect(out).toEqual(whole);
      expect(stream.consumed()).toBe(input.length);
    }
  });

  it('holds the first half of a split surrogate pair until the second arrives', () => {
    const stream = createStreamNormalizer();
    expect(stream.push('a\uD83D').text).toBe('a');
    expect(stream.consumed()).toBe(1);
    const next = stream.push('\uDE00b');
    expect(next.text).toBe('😀b');
    expect(next.starts).toEqual([1, 1, 3]);
  });

  it('flushes a dangling high surrogate at the end', () => {
    const stream = createStreamNormalizer();
    stream.push('x\uD83D');
    expect(stream.flush().text).toBe('\uD83D');
    expect(stream.consumed()).toBe(2);
  });
});
