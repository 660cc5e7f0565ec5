import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../settings/policy-schemas';
import { findSnippet } from './snippet-match';

const snippet = (id: string, title: string, keywords: string[]): Snippet => ({ id, title, text: `${id} text`, keywords });

const snippets: Snippet[] = [
  snippet('address', 'Shipping address', ['address', 'ship to']),
  snippet('sig', 'Email signature', ['signature', 'sign off', 'e-mail']),
  snippet('weekly', '周报模板', ['周报', '工作总结']),
  snippet('cpp', 'C++ hello', ['c++']),
  snippet('meeting', 'Meeting notes', ['meeting', 'notes', 'minutes']),
  snippet('jp', '挨拶', ['よろしく']),
];

describe('findSnippet', () => {
  it.each([
    ['an English keyword, any case', 'What is my ADDRESS?', 'address'],
    ['a multi-word keyword', 'please ship to the office', 'address'],
    ['a keyword next to punctuation', 'add my signature.', 'sig'],
    ['a keyword with a hyphen', 'draft an e-mail', 'sig'],
    ['a keyword with symbols', 'say hello in c++ please', 'cpp'],
    ['a Chinese keyword inside a sentence', '帮我写一份本周的周报吧', 'weekly'],
    ['a Japanese keyword inside a sentence', '今後ともよろしくお願いします', 'jp'],
    ['full-width letters', 'my ＡＤＤＲＥＳＳ please', 'address'],
    ['all title words, in any order', 'the notes of the meeting', 'meeting'],
    ['the snippet with the most keyword hits', 'meeting minutes and my address', 'meeting'],
  ])('matches %s', (_label, prompt, expected) => {
    expect(findSnippet(prompt, snippets)?.id).toBe(expected);
  });

  it.each([
    ['a keyword inside a longer word', 'the addresses are wrong'],
    ['a keyword as a prefix of a word', 'readdress the issue'],
    ['a keyword glued to a letter', 'sign offer letter'],
    ['c++ inside a longer token', 'abc++ is not a language'],
    ['only some title words', 'shipping costs'],
    ['nothing related', 'tell me a joke'],
    ['an empty prompt', ''],
  ])('does not match %s', (_label, prompt) => {
    expect(findSnippet(prompt, snippets)).toBeNull();
  });

  it('matches by title words alone', () => {
    const byTitle = [snippet('t', 'Refund policy', [])];
    expect(findSnippet('what is your refund policy?', byTitle)?.id).toBe('t');
    expect(findSnippet('policy only', byTitle)).toBeNull();
  });

  it('breaks ties by the shorter title, then by list order', () => {
    const tied = [snippet('long', 'A longer title', ['thanks']), snippet('short', 'Short', ['thanks']), snippet('also', 'Brief', ['thanks'])];
    expect(findSnippet('thanks a lot', tied)?.id).toBe('short');
    expect(findSnippet('thanks a lot', [tied[2]!, tied[1]!])?.id).toBe('also');
  });

  it('counts a repeated keyword once', () => {
    const repeated = [snippet('dup', 'Dup', ['hello', 'HELLO']), snippet('two', 'Two words', ['hello', 'world'])];
    expect(findSnippet('hello world', repeated)?.id).toBe('two');
  });

  it('returns null for no snippets', () => {
    expect(findSnippet('address', [])).toBeNull();
  });
});
