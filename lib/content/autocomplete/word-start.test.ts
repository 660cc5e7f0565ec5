import { describe, expect, it } from 'vitest';
import { wordStart } from './ghost-overlay';

// The ghost is anchored where the word being typed starts, so the overlay breaks lines where the field does.
describe('wordStart', () => {
  it('after a space, anchors at the end of the last word, with the spaces after it', () => {
    expect(wordStart('thanks for ')).toBe('thanks for'.length);
    expect(wordStart('thanks for   ')).toBe('thanks for'.length);
  });

  it('mid-word, anchors before the spaces that precede the word', () => {
    expect(wordStart('thanks fo')).toBe('thanks'.length);
    expect(wordStart('thanks')).toBe(0);
  });

  it('never goes back past the start of the caret line', () => {
    expect(wordStart('Dear team,\nthanks')).toBe('Dear team,\n'.length);
    expect(wordStart('Dear team,\n  ')).toBe('Dear team,\n'.length);
    expect(wordStart('Dear team,\n')).toBe('Dear team,\n'.length);
  });

  it('is the start of an empty text', () => {
    expect(wordStart('')).toBe(0);
  });
});
