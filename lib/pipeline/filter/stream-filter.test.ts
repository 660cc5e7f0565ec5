import { describe, expect, it } from 'vitest';
import type { FilterPolicy } from '../../settings/policy-schemas';
import { createStreamFilter, FilterStepSchema, type FilterHit, type FilterStep } from './stream-filter';

const SSN = String.raw`\b\d{3}-\d{2}-\d{4}\b`;

function policy(mode: FilterPolicy['mode'], words: string[], patterns: string[] = []): FilterPolicy {
  return { mode, words, patterns, moderation: { enabled: false } };
}

interface Run {
  steps: FilterStep[];
  text: string;
  hits: FilterHit[];
  blocked: boolean;
}

function run(p: FilterPolicy, chunks: string[]): Run {
  const filter = createStreamFilter(p);
  const steps = [...chunks.map((chunk) => filter.push(chunk)), filter.end()];
  for (const step of steps) FilterStepSchema.parse(step);
  return {
    steps,
    text: steps.map((s) => s.text).join(''),
    hits: steps.flatMap((s) => s.hits),
    blocked: steps.some((s) => s.blocked),
  };
}

// Every way to cut `text` into three non-empty chunks.
function threeWaySplits(text: string): string[][] {
  const splits: string[][] = [];
  for (let i = 1; i < text.length - 1; i++) {
    for (let j = i + 1; j < text.length; j++) splits.push([text.slice(0, i), text.slice(i, j), text.slice(j)]);
  }
  return splits;
}

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

function randomChunks(text: string, random: () => number, maxSize: number): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(random() * maxSize);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

describe('a term split over three chunks', () => {
  const text = 'one two badword three';

  it('is never emitted in mask mode, for every split point', () => {
    for (const chunks of threeWaySplits(text)) {
      const result = run(policy('mask', ['badword']), chunks);
      expect(result.text).toBe('one two ••••••• three');
      expect(result.hits).toEqual([{ term: 'badword', kind: 'word' }]);
    }
  });

  it('is never emitted, nor any of it, in block mode, for every split point', () => {
    for (const chunks of threeWaySplits(text)) {
      const result = run(policy('block', ['badword']), chunks);
      expect('one two '.startsWith(result.text)).toBe(true);
      expect(result.blocked).toBe(true);
      expect(result.hits).toEqual([{ term: 'badword', kind: 'word' }]);
    }
  });

  it.each(['mask', 'block'] as const)('is never emitted in %s mode when disguised and fed one unit at a time', (mode) => {
    const disguised = 'one ＢＡＤ\u200Bw\u00ADord two';
    const result = run(policy(mode, ['badword']), [...disguised.split('')]);
    expect(result.text).not.toMatch(/[ＢＡＤbad]/i);
    expect(result.hits.length).toBe(1);
  });
});

describe('mask mode', () => {
  it.each([
    ['plain', ['fuck'], 'well fuck that', 'well •••• that'],
    ['upper case', ['fuck'], 'FUCK it', '•••• it'],
    ['full-width', ['fuck'], 'ｆｕｃｋ it', '•••• it'],
    ['zero-width inside the term', ['fuck'], 'f\u200Bu\u200Dck it', '•••• it'],
    ['a term written in full-width', ['ｆｕｃｋ'], 'fuck', '••••'],
    ['Chinese, no word boundaries', ['他妈的', '傻逼'], '你他妈的是傻逼吗', '你•••是••吗'],
    ['substring inside a longer word', ['fuck'], 'fucking', '••••ing'],
    ['overlapping terms merge', ['abc', 'bcd'], 'xabcdx', 'x••••x'],
    ['accents in either form', ['café'], 'cafe\u0301 and CAFÉ', '•••• and ••••'],
    ['ligature counts as one visible character', ['fine'], 'ﬁne', '•••'],
    ['several occurrences', ['no'], 'no, no, NO', '••, ••, ••'],
  ])('%s', (_name, words, input, expected) => {
    expect(run(policy('mask', words), [input]).text).toBe(expected);
    expect(run(policy('mask', words), [...input]).text).toBe(expected);
  });

  it('masks an SSN pattern, whatever the chunking', () => {
    const input = 'my ssn is 123-45-6789, but 1234-45-6789 is not one';
    const expected = 'my ssn is •••••••••••, but 1234-45-6789 is not one';
    for (const chunks of threeWaySplits(input)) {
      const result = run(policy('mask', [], [SSN]), chunks);
      expect(result.text).toBe(expected);
      expect(result.hits).toEqual([{ term: SSN, kind: 'pattern' }]);
    }
  });

  it('matches patterns on normalised text, so full-width digits are caught', () => {
    expect(run(policy('mask', [], [SSN]), ['id １２３-４５-６７８９.']).text).toBe('id •••••••••••.');
  });

  it('skips invalid patterns and patterns that only match empty text', () => {
    expect(run(policy('mask', ['x'], ['(', 'q*']), ['a x b']).text).toBe('a • b');
  });
});

describe('warn mode', () => {
  it('passes text through unchanged and at once while reporting hits', () => {
    const chunks = ['hey f', 'u', 'ck, ssn 123-45-6789 and 傻', '逼'];
    const result = run(policy('warn', ['fuck', '傻逼'], [SSN]), chunks);
    expect(result.steps.slice(0, chunks.length).map((s) => s.text)).toEqual(chunks);
    expect(result.blocked).toBe(false);
    expect(result.hits).toEqual(
      expect.arrayContaining([
        { term: 'fuck', kind: 'word' },
        { term: '傻逼', kind: 'word' },
        { term: SSN, kind: 'pattern' },
      ]),
    );
    expect(result.hits).toHaveLength(3);
  });
});

describe('block mode', () => {
  it('stops the stream at the first match', () => {
    const filter = createStreamFilter(policy('block', ['stop']));
    expect(filter.push('go on ')).toEqual({ text: 'go on ', hits: [], blocked: false });
    expect(filter.push('and sto')).toEqual({ text: 'and ', hits: [], blocked: false });
    expect(filter.push('p here')).toEqual({ text: '', hits: [{ term: 'stop', kind: 'word' }], blocked: true });
    expect(filter.push('more text')).toEqual({ text: '', hits: [], blocked: true });
    expect(filter.end()).toEqual({ text: '', hits: [], blocked: true });
  });

  it('blocks on a pattern as soon as it is seen, before it settles', () => {
    const filter = createStreamFilter(policy('block', [], [SSN]));
    expect(filter.push('a 123-45-6789 b')).toMatchObject({ text: '', blocked: true });
  });

  it('does not block on a pattern that only matched because the chunk ended there', () => {
    const result = run(policy('block', [], [SSN]), ['id 123-45-6789', '0 is fine']);
    expect(result).toMatchObject({ text: 'id 123-45-67890 is fine', blocked: false });
  });

  it('blocks on a match found only by the final check', () => {
    const result = run(policy('block', [], ['end$']), ['the end']);
    expect(result.blocked).toBe(true);
    expect(result.text).toBe('');
  });
});

describe('hold-back', () => {
  const words = ['hello', 'abcdef', '傻逼'];
  // Longest suffix of the text that is a proper prefix of some word: exactly what may be held.
  const pendingPrefix = (text: string) => {
    for (let n = Math.min(text.length, 5); n > 0; n--) {
      const tail = text.slice(-n).toLowerCase();
      if (words.some((w) => w.length > n && w.startsWith(tail))) return n;
    }
    return 0;
  };

  it.each(['mask', 'block'] as const)('holds exactly the pending prefix of a word in %s mode', (mode) => {
    const random = prng(7);
    for (let round = 0; round < 50; round++) {
      let input = '';
      for (let i = 0; i < 60; i++) input += 'helo abcdef xyz傻'[Math.floor(random() * 16)] ?? '';
      const filter = createStreamFilter(policy(mode, words));
      let seen = '';
      let shown = '';
      for (const chunk of randomChunks(input, random, 4)) {
        seen += chunk;
        const step = filter.push(chunk);
        if (step.blocked) break;
        shown += step.text;
        const held = seen.length - shown.length;
        expect(held).toBe(pendingPrefix(seen));
        expect(held).toBeLessThanOrEqual(5);
      }
    }
  });

  it('shows text with no pending prefix immediately', () => {
    const filter = createStreamFilter(policy('mask', words));
    expect(filter.push('xyz ').text).toBe('xyz ');
    expect(filter.push('hel').text).toBe('');
    expect(filter.push('p!').text).toBe('help!');
  });

  it('holds at most the pattern window when patterns are set', () => {
    const filter = createStreamFilter(policy('mask', [], [SSN]));
    const input = 'x'.repeat(200);
    const shown = filter.push(input).text;
    expect(shown).toBe('x'.repeat(200 - 64));
    expect(filter.end().text).toBe('x'.repeat(64));
  });

  it.each([
    ['off with words', policy('off', ['a'])],
    ['mask with empty lists', policy('mask', [])],
    ['mask with only empty-after-normalising words', policy('mask', ['\u200B'])],
  ])('passes through with no hold-back: %s', (_name, p) => {
    const filter = createStreamFilter(p);
    for (const chunk of ['a', 'b\uD83D', '\uDE00c']) expect(filter.push(chunk)).toEqual({ text: chunk, hits: [], blocked: false });
    expect(filter.end()).toEqual({ text: '', hits: [], blocked: false });
  });
});

describe('chunking', () => {
  it('never changes the result', () => {
    const random = prng(99);
    const pieces = ['bad', 'Ｂａｄ', 'b\u200Bad', 'ok ', '傻逼', '傻', '😀', 'é', 'e\u0301', '123-45-6789', ' ', 'x'];
    const p = (mode: FilterPolicy['mode']) => policy(mode, ['bad', '傻逼', 'café'], [SSN]);
    for (let round = 0; round < 100; round++) {
      let input = '';
      for (let i = 0; i < 30; i++) input += pieces[Math.floor(random() * pieces.length)] ?? '';
      for (const mode of ['mask', 'block', 'warn'] as const) {
        const whole = run(p(mode), [input]);
        const streamed = run(p(mode), randomChunks(input, random, 5));
        expect(streamed.blocked).toBe(whole.blocked);
        if (mode === 'block') expect(input.startsWith(streamed.text)).toBe(true);
        else expect(streamed.text).toBe(whole.text);
        if (mode !== 'block') expect(streamed.hits.length).toBe(whole.hits.length);
      }
    }
  });

  it('handles a 1 MB stream in 1 KB chunks with 1,000 words', () => {
    const random = prng(1);
    const word = () => Array.from({ length: 5 + Math.floor(random() * 6) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('');
    const words = Array.from({ length: 1000 }, word);
    const planted = words[500] ?? '';
    let input = '';
    while (input.length < 1_000_000) input += `lorem ipsum dolor ${input.length % 97 === 0 ? planted : 'sit'} amet `;
    const expectedHits = input.split(planted).length - 1;
    const chunks = Array.from({ length: Math.ceil(input.length / 1024) }, (_, i) => input.slice(i * 1024, (i + 1) * 1024));
    const result = run(policy('mask', words), chunks);
    expect(result.text.length).toBe(input.length);
    expect(result.text).not.toContain(planted);
    expect(result.hits.filter((h) => h.term === planted)).toHaveLength(expectedHits);
  });
});
