import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../lib/prompts/builtin-templates';
import { QUICK_ACTION_IDS, quickActions } from './quick-actions';

describe('quickActions', () => {
  it('offers continue, rewrite, shorter, longer, fix grammar and translate, in that order', () => {
    expect(quickActions('en').map((action) => action.id)).toEqual([...QUICK_ACTION_IDS]);
  });

  it('uses the built-in template prompts and i18n titles', () => {
    const rewrite = quickActions('en').find((action) => action.id === 'rewrite');
    const template = BUILTIN_TEMPLATES.find((candidate) => candidate.id === 'rewrite');
    expect(rewrite?.prompt).toBe(template?.prompt);
    expect(rewrite?.titleKey).toBe('templateRewrite');
  });

  it.each([
    ['zh-CN', 'Chinese (China)'],
    ['de', 'German'],
    ['en-US', 'American English'],
  ])('translate names the browser language %s in English', (ui, language) => {
    const translate = quickActions(ui).find((action) => action.id === 'translate');
    expect(translate?.prompt).toContain(`into ${language}.`);
    expect(translate?.prompt).not.toContain('{{');
  });

  it('continue inserts; the rework actions replace', () => {
    const writes = Object.fromEntries(quickActions('en').map((action) => [action.id, action.writes]));
    expect(writes).toEqual({ continue: 'insert', rewrite: 'replace', 'make-shorter': 'replace', 'make-longer': 'replace', 'fix-grammar': 'replace', translate: 'replace' });
  });

  it('skips an id with no template rather than failing', () => {
    expect(quickActions('en', BUILTIN_TEMPLATES.filter((template) => template.id !== 'translate')).map((action) => action.id)).not.toContain('translate');
  });
});
