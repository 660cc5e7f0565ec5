// Owns the panel's quick actions: which built-in templates they are, their prompts, and how the answer is used.
import { BUILTIN_TEMPLATES, type PromptTemplate } from '../../lib/prompts/builtin-templates';
import { resolveLanguage } from '../../lib/prompts/language-name';
import { renderTemplate } from '../../lib/prompts/templates';

export interface QuickAction {
  id: string;
  titleKey: string;
  prompt: string;
  // Continue writing adds to the text; the others rework it, so Replace is the natural next step.
  writes: 'insert' | 'replace';
}

export const QUICK_ACTION_IDS = ['continue', 'rewrite', 'make-shorter', 'make-longer', 'fix-grammar', 'translate'] as const;

// Built-in templates leave page data to the prompt builder (fenced), so only {{language}} is filled in here.
export function quickActions(uiLanguage: string, templates: readonly PromptTemplate[] = BUILTIN_TEMPLATES): QuickAction[] {
  const language = resolveLanguage('', uiLanguage);
  return QUICK_ACTION_IDS.flatMap((id) => {
    const template = templates.find((candidate) => candidate.id === id);
    if (!template) return [];
    const prompt = renderTemplate(template.prompt, { language, selection: '', page_title: '', url: '', field_text: '', field_label: '' });
    return [{ id, titleKey: template.titleKey, prompt, writes: id === 'continue' ? ('insert' as const) : ('replace' as const) }];
  });
}
