import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it, vi } from 'vitest';
import { fetchRanksLoader } from './fetch-ranks-loader';
import { nodeRanksLoader } from '../../tests/support/node-ranks-loader';
import { exactCounter } from '../../tests/support/prompt-kit';
import { parseRanksJson, ranksToJson } from './bpe-ranks';
import { createTokenCounter, estimateTokens } from './token-count';
import { MAX_PIECE_CHARS } from './tokenizer';

// Deterministic "random" text across every UTF-16 range, lone surrogates included.
function noise(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const pick = state % 5;
    if (pick === 0) text += String.fromCharCode(32 + (state % 95));
    else if (pick === 1) text += String.fromCharCode(0x80 + (state % 0x780));
    else if (pick === 2) text += String.fromCharCode(0x800 + (state % 0xf000));
    else if (pick === 3) text += String.fromCodePoint(0x10000 + (state % 0xfffff));
    else text += String.fromCharCode(state % 0x10000);
  }
  return text;
}

const corpus: [string, string][] = [
  ['empty', ''],
  ['English', 'The quick brown fox jumps over the lazy dog. It was the best of times, it was the worst of times.'],
  ['Chinese', '我们今天去公园散步，天气非常好。机器学习是人工智能的一个分支。'],
  ['Japanese and Korean', 'こんにちは世界、今日はいい天気ですね。안녕하세요 세계'],
  ['emoji', '👍🏽 👨‍👩‍👧‍👦 🇫🇷🇯🇵 🧑🏿‍🚀 😀😃😄😁 ❤️‍🔥'],
  ['code', 'export function f<T>(xs: T[]): T | undefined {\n\treturn xs.find((x) => x != null); // ok\n}\n'],
  ['special tokens as text', 'a<|endoftext|>b<|im_start|>system<|im_end|><|fim_prefix|>'],
  ['backticks and whitespace', '````` ``` `` `\n\n\t\t   \r\n  x'],
  ['digits and symbols', '3.14159265358979 ≈ π; 1e-9 × 10^9 = 1; ∑∫∂√∞ ©®™ §¶'],
  ['noise 1', noise(1, 2000)],
  ['noise 2', noise(42, 2000)],
  ['long repeated letters', 'a'.repeat(5000)],
];

describe('estimateTokens', () => {
  it.each(corpus)('is an upper bound for %s', async (_name, text) => {
    expect(estimateTokens(text)).toBeGreaterThanOrEqual(await exactCounter.count(text));
  });

  it.each(corpus.filter(([name]) => !name.startsWith('noise')))('is the UTF-8 byte length of %s', (_name, text) => {
    expect(estimateTokens(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('createTokenCounter', () => {
  it.each([
    'Hello, world!',
    '你好，世界',
    'const x = `template ${literal}`;\n',
    '🙂 emoji and ASCII',
    noise(7, 300).replace(/[\uD800-\uDFFF]/g, ''),
  ])('matches gpt-tokenizer o200k for %j', async (text) => {
    expect(await exactCounter.count(text)).toBe(countTokens(text));
  });

  // Long pieces are counted in chunks; the difference stays within a token per chunk.
  it.each([
    ['one letter repeated', 'a'.repeat(5000)],
    ['unspaced CJK', noise(3, 20_000).replace(/[^\u4e00-\u9fff]/g, '').slice(0, 3000)],
    ['a base64 blob', Buffer.from(noise(5, 3000)).toString('base64')],
    ['a run of spaces', ' '.repeat(3000)],
    ['a run of punctuation', '=-'.repeat(1500)],
  ])('stays close to gpt-tokenizer on %s', async (_name, text) => {
    const chunkCount = Math.ceil(text.length / MAX_PIECE_CHARS);
    expect(Math.abs((await exactCounter.count(text)) - countTokens(text))).toBeLessThanOrEqual(chunkCount);
    expect(estimateTokens(text)).toBeGreaterThanOrEqual(await exactCounter.count(text));
  });

  it('loads the ranks once, even for concurrent first calls', async () => {
    const loader = vi.fn(nodeRanksLoader);
    const counter = createTokenCounter(loader);
    expect(counter.countSync('hello')).toBeNull();
    const counts = await Promise.all([counter.count('hello'), counter.count('world'), counter.count('hello world')]);
    expect(counts).toEqual([1, 1, 2]);
    expect(counter.countSync('hello world')).toBe(2);
    await counter.count('again');
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('retries the load after a failure', async () => {
    const loader = vi.fn(nodeRanksLoader).mockRejectedValueOnce(new Error('offline'));
    const counter = createTokenCounter(loader);
    await expect(counter.count('hello')).rejects.toThrow('offline');
    expect(await counter.count('hello')).toBe(1);
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('estimates without loading anything', () => {
    const loader = vi.fn(nodeRanksLoader);
    expect(createTokenCounter(loader).estimate('héllo')).toBe(6);
    expect(loader).not.toHaveBeenCalled();
  });
});

describe('ranks as JSON', () => {
  it('round-trips and feeds the fetch loader', async () => {
    const json = ranksToJson(await nodeRanksLoader());
    const fetchFn = vi.fn(async () => new Response(json));
    const counter = createTokenCounter(fetchRanksLoader('chrome-extension://id/tokenizer/o200k_base.json', fetchFn));
    expect(await counter.count('Hello, world!')).toBe(countTokens('Hello, world!'));
    expect(fetchFn).toHaveBeenCalledWith('chrome-extension://id/tokenizer/o200k_base.json');
  });

  it.each(['{}', '[]', '[1, 2]', '[[300]]', 'not json'])('rejects malformed ranks %s', (json) => {
    expect(() => parseRanksJson(json)).toThrow();
  });

  it('reports a missing file', async () => {
    const loader = fetchRanksLoader('x', async () => new Response('', { status: 404 }));
    await expect(loader()).rejects.toThrow('404');
  });
});
