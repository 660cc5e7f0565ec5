import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './language-name';

describe('resolveLanguage', () => {
  it.each([
    ['Spanish', 'en-US', 'Spanish'],
    ['  Français ', 'en-US', 'Français'],
    ['', 'zh-CN', 'Chinese (China)'],
    ['', 'zh_CN', 'Chinese (China)'],
    ['', 'de', 'German'],
    ['', '', 'English'],
    ['', 'not a tag!', 'not a tag!'],
  ])('setting %j with UI %j → %j', (setting, ui, expected) => {
    expect(resolveLanguage(setting, ui)).toBe(expected);
  });
});
