import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../prompts/builtin-templates';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { isMenuAllowed, resolveSelectionJob, type JobInputs } from './selection-jobs';

const inputs = (language = '', templates = [{ id: 'reply', title: 'Polite reply', prompt: 'Reply to {{selection}} in {{language}}' }]): JobInputs => ({
  settings: { templates, generation: { ...DEFAULT_SETTINGS.generation, language } },
  page: { url: 'https://example.com/post', title: 'A post' },
  uiLanguage: 'de-DE',
  translate: (key) => `«${key}»`,
});

describe('resolveSelectionJob', () => {
  it('turns a built-in into its instruction, translated title and the page facts the background saw', () => {
    const job = resolveSelectionJob({ kind: 'builtin', id: 'translate' }, inputs('Japanese'));
    expect(job).toEqual({
      action: {
        kind: 'template',
        templateId: 'builtin:translate',
        title: '«templateTranslate»',
        instruction: BUILTIN_TEMPLATES.find((template) => template.id === 'translate')?.prompt,
      },
      pageUrl: 'https://example.com/post',
      pageTitle: 'A post',
      language: 'Japanese',
    });
  });

  it('uses the browser language when the setting is empty', () => {
    expect(resolveSelectionJob({ kind: 'builtin', id: 'translate' }, inputs(''))?.language).toBe('German (Germany)');
  });

  it('finds a user template by id, and gives null once it was deleted', () => {
    const job = resolveSelectionJob({ kind: 'user', id: 'reply' }, inputs());
    expect(job?.action).toEqual({ kind: 'template', templateId: 'user:reply', title: 'Polite reply', instruction: 'Reply to {{selection}} in {{language}}' });
    expect(resolveSelectionJob({ kind: 'user', id: 'gone' }, inputs())).toBeNull();
  });

  it('passes the custom prompt through and leaves unknown page facts out', () => {
    const job = resolveSelectionJob({ kind: 'custom' }, { ...inputs(), page: {} });
    expect(job).toEqual({ action: { kind: 'custom' }, pageUrl: undefined, pageTitle: undefined, language: 'German (Germany)' });
  });
});

describe('isMenuAllowed', () => {
  const rules = { disabledSites: ['mail.example.com'], allowedSites: [] };
  it.each([
    [['https://news.example.com/a', undefined], rules, true],
    [['https://mail.example.com/inbox', undefined], rules, false],
    // The selection sits in a frame from a switched-off site.
    [['https://news.example.com/a', 'https://mail.example.com/embed'], rules, false],
    [['chrome://version/', undefined], rules, true],
    [['https://news.example.com/a', undefined], { disabledSites: [], allowedSites: ['*.corp.test'] }, false],
    [['https://wiki.corp.test/a', undefined], { disabledSites: [], allowedSites: ['*.corp.test'] }, true],
  ])('%j → %s', (urls, siteRules, expected) => {
    expect(isMenuAllowed(urls, siteRules)).toBe(expected);
  });
});
