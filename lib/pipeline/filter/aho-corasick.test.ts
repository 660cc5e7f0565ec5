import { describe, expect, it } from 'vitest';
import { createAutomaton, type AcMatch } from './aho-corasick';

// mulberry32: a small seeded PRNG so the property loop is reproducible.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function randomString(random: () => number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return out;
}

function naive(text: string, words: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of new Set(words)) {
    if (!word) continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) found.push(`${at + word.length}:${word.length}:${word}`);
  }
  return found.sort();
}

const keys = (matches: AcMatch[]) => matches.map((m) => `${m.end}:${m.length}:${m.word}`).sort();

describe('createAutomaton', () => {
  it.each([
    ['he/she/his/hers', ['he', 'she', 'his', 'hers'], 'ushers', ['4:3:she', '4:2:he', '6:4:hers']],
    ['nested and overlapping', ['a', 'aa', 'aaa'], 'aaaa', ['1:1:a', '2:1:a', '2:2:aa', '3:1:a', '3:2:aa', '3:3:aaa', '4:1:a', '4:2:aa', '4:3:aaa']],
    ['Chinese with no word boundaries', ['他妈的', '傻逼'], '你他妈的是傻逼', ['4:3:他妈的', '7:2:傻逼']],
    ['no match', ['xyz'], 'abcxy', []],
  ])('finds %s', (_name, words, text, expected) => {
    const scanner = createAutomaton(words).createScanner();
    expect(keys(scanner.feed(text))).toEqual([...expected].sort());
  });

  it('dedupes words and ignores empty ones', () => {
    const automaton = createAutomaton(['ab', '', 'ab', 'abc']);
    expect(automaton.words).toEqual(['ab', 'abc']);
    expect(automaton.maxLength).toBe(3);
    expect(keys(automaton.createScanner().feed('abc'))).toEqual(['2:2:ab', '3:3:abc']);
  });

  it('keeps its state across chunks and reports absolute positions', () => {
    const scanner = createAutomaton(['hello']).createScanner();
    expect(scanner.feed('say he')).toEqual([]);
    expect(scanner.feed('l')).toEqual([]);
    expect(scanner.feed('lo!')).toEqual([{ end: 9, length: 5, word: 'hello' }]);
    expect(scanner.position()).toBe(10);
  });

  it.each([
    ['nothing pending', 'xyz', 0],
    ['a pending prefix', 'xhel', 3],
    ['a finished word with no continuation', 'hello', 0],
    ['a finished word whose suffix can continue', 'hellohe', 2],
    ['a prefix reached through a failure link', 'abcd', 2],
  ])('pendingLength with %s', (_name, text, expected) => {
    const scanner = createAutomaton(['hello', 'abce', 'cde']).createScanner();
    scanner.feed(text);
    expect(scanner.pendingLength()).toBe(expected);
  });

  it('agrees with a naive search on random inputs fed in random chunks', () => {
    const random = prng(20240611);
    for (let round = 0; round < 300; round++) {
      const alphabet = round % 3 === 0 ? 'ab' : round % 3 === 1 ? 'abc d' : '傻逼他妈的ab';
      const words = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        randomString(random, alphabet, Math.floor(random() * 6)),
      );
      const text = randomString(random, alphabet, Math.floor(random() * 300));
      const automaton = createAutomaton(words);
      const scanner = automaton.createScanner();
      const matches: AcMatch[] = [];
      for (let at = 0; at < text.length; ) {
        const size = 1 + Math.floor(random() * 20);
        matches.push(...scanner.feed(text.slice(at, at + size)));
        at += size;
        // The pending tail is always a proper prefix of some word, hence shorter than the longest one.
        expect(scanner.pendingLength()).toBeLessThanOrEqual(Math.max(0, automaton.maxLength - 1));
      }
      expect(keys(matches)).toEqual(naive(text, words));
    }
  });
});
