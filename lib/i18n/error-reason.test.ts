import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { ErrorCodeSchema } from '../errors/generation-error';
import { REASON_KEYS } from './error-reason';

describe('REASON_KEYS', () => {
  it('gives every error code a plain phrase in English and Chinese, with no code words in it', () => {
    for (const code of ErrorCodeSchema.options) {
      const key = REASON_KEYS[code];
      const english = (en as Record<string, { message: string } | undefined>)[key]?.message ?? '';
      const chinese = (zh as Record<string, { message: string } | undefined>)[key]?.message ?? '';
      expect(english, code).not.toBe('');
      expect(chinese, code).not.toBe('');
      // A phrase that starts a sentence, not the code itself ("rate-limit").
      expect(english, code).toMatch(/^[A-Z]/);
      expect(english.toLowerCase(), code).not.toBe(code);
      // Chinese in Chinese: no English words apart from names.
      expect(chinese.replace(/Draftsmith|API/g, ''), code).not.toMatch(/[a-z]{3,}/i);
    }
  });
});
