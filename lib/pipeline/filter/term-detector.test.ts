import { describe, expect, it } from 'vitest';
import { createTermDetector } from './term-detector';

describe('createTermDetector', () => {
  it.each([
    ['no terms', [], []],
    ['only words that normalise to nothing', ['\u200B', '\uFEFF'], []],
    ['only invalid patterns', [], ['(']],
  ])('returns null with %s', (_name, words, patterns) => {
    expect(createTermDetector({ words, patterns })).toBeNull();
  });

  it('reports words as spans of the original text and holds a pending prefix', () => {
    const detector = createTermDetector({ words: ['fuck'], patterns: [] });
    if (!detector) throw new Error('no detector');
    expect(detector.push('a Ｆ\u200BＵ')).toEqual({ detections: [], safeTo: 2 });
    expect(detector.push('ck b')).toEqual({
      detections: [{ term: 'fuck', kind: 'word', start: 2, end: 7, settled: true }],
      safeTo: 9,
    });
  });

  it('gives each detector of one word list its own state, and a changed list its own words', () => {
    const words = ['hello'];
    const first = createTermDetector({ words, patterns: [] });
    const second = createTermDetector({ words, patterns: [] });
    if (!first || !second) throw new Error('no detector');
    expect(first.push('say hel').safeTo).toBe(4);
    // The second starts from nothing, whatever the first has seen.
    expect(second.push('lo').detections).toEqual([]);
    expect(first.push('lo').detections.map((d) => d.term)).toEqual(['hello']);
    const edited = createTermDetector({ words: ['world'], patterns: [] });
    expect(edited?.push('hello world').detections.map((d) => d.term)).toEqual(['world']);
  });

  it('names a hit by the first spelling of its word', () => {
    const detector = createTermDetector({ words: ['BAD', 'ｂａｄ', 'bad'], patterns: [] });
    expect(detector?.push('so bad').detections.map((d) => d.term)).toEqual(['BAD']);
  });

  it('reports a pattern as tentative first, then settled at the end', () => {
    const detector = createTermDetector({ words: [], patterns: ['\\d{3}'] });
    if (!detector) throw new Error('no detector');
    const first = detector.push('id 123 ok');
    expect(first).toEqual({ detections: [{ term: '\\d{3}', kind: 'pattern', start: 3, end: 6, settled: false }], safeTo: 0 });
    expect(detector.end()).toEqual({ detections: [{ term: '\\d{3}', kind: 'pattern', start: 3, end: 6, settled: true }], safeTo: 9 });
  });
});
