import { describe, expect, it } from 'vitest';
import { AdaptivePause, endsMidWord, keyAction, nextWord, type KeyInfo } from './key-action';

const key = (name: string, mods: Partial<KeyInfo> = {}): KeyInfo => ({ key: name, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, isComposing: false, ...mods });

describe('keyAction', () => {
  it.each([
    ['Tab', key('Tab'), false, 'accept-all'],
    // Shift+Tab moves focus backwards; the blur then takes the suggestion away.
    ['Shift+Tab', key('Tab', { shiftKey: true }), false, 'pass'],
    ['Ctrl+→', key('ArrowRight', { ctrlKey: true }), false, 'accept-word'],
    ['Alt+→ on macOS', key('ArrowRight', { altKey: true }), true, 'accept-word'],
    ['Ctrl+→ on macOS', key('ArrowRight', { ctrlKey: true }), true, 'cancel'],
    ['Escape', key('Escape'), false, 'dismiss'],
    ['a letter', key('a'), false, 'pass'],
    ['Backspace', key('Backspace'), false, 'pass'],
    ['an arrow', key('ArrowLeft'), false, 'cancel'],
    ['Ctrl+A', key('a', { ctrlKey: true }), false, 'cancel'],
    ['a key during composition', key('a', { isComposing: true }), false, 'cancel'],
  ] as const)('%s → %s', (_name, info, mac, expected) => {
    expect(keyAction(info, mac)).toBe(expected);
  });
});

describe('nextWord', () => {
  it.each([
    ['the quick reply.', 'the'],
    [' quick reply.', ' quick'],
    ['reply.', 'reply.'],
    ['', ''],
  ])('%j → %j', (suggestion, word) => {
    expect(nextWord(suggestion)).toBe(word);
  });

  it('takes one segment of a sentence written without spaces', () => {
    const word = nextWord('谢谢你的帮助。');
    expect(word.length).toBeLessThan('谢谢你的帮助。'.length);
    expect('谢谢你的帮助。'.startsWith(word)).toBe(true);
  });
});

describe('AdaptivePause', () => {
  it('starts near 300 ms and shortens for a fast typist, within bounds', () => {
    let now = 0;
    const pause = new AdaptivePause(() => now);
    expect(pause.delayMs()).toBe(300);
    for (let i = 0; i < 30; i++) {
      now += 60;
      pause.keystroke();
    }
    expect(pause.delayMs()).toBe(200);
    for (let i = 0; i < 30; i++) {
      now += 400;
      pause.keystroke();
    }
    expect(pause.delayMs()).toBe(600);
  });
});

describe('endsMidWord', () => {
  it.each([
    ['Thanks fo', true],
    ['Thanks for ', false],
    ['Thanks.', false],
    ['version 2', true],
    ['你好', false],
  ])('%j → %s', (text, mid) => {
    expect(endsMidWord(text)).toBe(mid);
  });

  it('waits longer mid-word', () => {
    const pause = new AdaptivePause(() => 0);
    expect(pause.delayMs(true)).toBeGreaterThan(pause.delayMs(false));
  });
});
