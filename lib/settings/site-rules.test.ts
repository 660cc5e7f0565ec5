import { describe, expect, it } from 'vitest';
import { SitePatternSchema } from './site-pattern';
import { isSiteAllowed, matchesSitePattern } from './site-rules';

describe('site rules', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['mail.example.com', 'example.com', true],
    ['notexample.com', 'example.com', false],
    ['a.example.com', '*.example.com', true],
    ['example.com', '*.example.com', false],
    ['mail.corp.internal', 'mail.*', true],
    ['mail-example.com', 'mail.*', false],
    ['file', 'file', true],
  ])('%s against %s → %s', (key, pattern, expected) => {
    expect(matchesSitePattern(key, pattern)).toBe(expected);
  });

  it('with no allow patterns every site that is not switched off is allowed', () => {
    const rules = { disabledSites: ['bank.example'], allowedSites: [] };
    expect(isSiteAllowed('https://docs.example/a', rules)).toBe(true);
    expect(isSiteAllowed('https://www.bank.example/', rules)).toBe(false);
  });

  it('with allow patterns only matching sites are allowed, and a switch still turns one off', () => {
    const rules = { disabledSites: ['hr.corp.example'], allowedSites: ['*.corp.example', 'wiki.example'] };
    expect(isSiteAllowed('https://mail.corp.example/inbox', rules)).toBe(true);
    expect(isSiteAllowed('https://wiki.example/page', rules)).toBe(true);
    expect(isSiteAllowed('https://news.example/', rules)).toBe(false);
    expect(isSiteAllowed('https://hr.corp.example/', rules)).toBe(false);
    expect(isSiteAllowed('chrome://settings', rules)).toBe(false);
  });

  it.each(['example.com', '*.example.com', 'MAIL.*', 'file', '127.0.0.1'])('accepts the pattern %s', (pattern) => {
    expect(SitePatternSchema.safeParse(pattern).success).toBe(true);
  });

  it.each(['https://example.com', 'example.com/path', 'exa mple.com', '.example.com', ''])('rejects the pattern %j', (pattern) => {
    expect(SitePatternSchema.safeParse(pattern).success).toBe(false);
  });
});
