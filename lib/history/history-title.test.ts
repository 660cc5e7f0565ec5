import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import type { HistoryEntry } from './history-entry';
import { historyTitle, siteOf } from './history-title';

const base: HistoryEntry = {
  id: 'h1',
  at: 1,
  source: 'context-menu',
  prompt: 'Correct the grammar of the text in the data block',
  result: '',
  incomplete: false,
  errorCode: null,
  errorMessage: null,
  model: null,
  pageUrl: 'https://www.example.com/post/1',
  pageTitle: 'A post',
  action: null,
  words: null,
  retry: null,
};

// The real English messages, with Chrome's $1-style substitutions.
beforeEach(() => {
  const messages = en as Record<string, { message: string }>;
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
    (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => [subs ?? []].flat()[Number(n) - 1] ?? ''),
  );
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
});

describe('historyTitle', () => {
  it.each<[string, Partial<HistoryEntry>, string]>([
    ['a built-in template, by its key', { action: { kind: 'template', title: 'templateFixGrammar', titleKey: 'templateFixGrammar' } }, 'Fix grammar · example.com'],
    ["a user's template, by its title", { action: { kind: 'template', title: 'Polite reply' } }, 'Polite reply · example.com'],
    ['a form fill with its field count', { source: 'popup', action: { kind: 'form-fill', fields: 5 } }, 'Form fill · 5 fields · example.com'],
    ['a one-field form fill', { source: 'popup', action: { kind: 'form-fill', fields: 1 } }, 'Form fill · 1 field · example.com'],
    ['typed words in the panel', { source: 'inline', action: { kind: 'prompt' } }, 'Prompt · example.com'],
    ['the popup quick prompt, with no page', { source: 'popup', action: { kind: 'prompt' }, pageUrl: null }, 'Quick prompt'],
    ['an old entry, by its source', {}, 'Selection menu · example.com'],
  ])('%s', (_, patch, expected) => {
    expect(historyTitle({ ...base, ...patch })).toBe(expected);
  });

  it('names no site for pages that are not web pages', () => {
    expect(siteOf('chrome-extension://abc/options.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
