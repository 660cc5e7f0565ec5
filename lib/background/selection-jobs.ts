// Owns resolving a menu choice against the settings into the job a frame runs on its selection.
import { BUILTIN_TEMPLATES } from '../prompts/builtin-templates';
import { resolveLanguage } from '../prompts/language-name';
import type { SelectionJob } from '../selection/selection-job';
import type { Settings } from '../settings/schema';
import { isSiteAllowed, siteKey } from '../settings/site-rules';
import type { MenuChoice, Translate } from './context-menu-items';

export interface PageFacts {
  // As the browser reported them (click info, tabs API); either may be unknown without host access.
  url?: string;
  title?: string;
}

export interface JobInputs {
  settings: Pick<Settings, 'templates' | 'generation'>;
  page: PageFacts;
  uiLanguage: string;
  translate: Translate;
}

// Null when the choice no longer exists (a user template deleted after the menu was built).
export function resolveSelectionJob(choice: MenuChoice, inputs: JobInputs): SelectionJob | null {
  const action = resolveAction(choice, inputs);
  if (!action) return null;
  return {
    action,
    pageUrl: inputs.page.url?.slice(0, 4000) || undefined,
    pageTitle: inputs.page.title?.slice(0, 500) || undefined,
    language: resolveLanguage(inputs.settings.generation.language, inputs.uiLanguage),
  };
}

function resolveAction(choice: MenuChoice, { settings, translate }: JobInputs): SelectionJob['action'] | null {
  if (choice.kind === 'custom') return { kind: 'custom' };
  if (choice.kind === 'builtin') {
    const template = BUILTIN_TEMPLATES.find((candidate) => candidate.id === choice.id);
    if (!template) return null;
    return { kind: 'template', templateId: `builtin:${template.id}`, title: translate(template.titleKey).slice(0, 120), instruction: template.prompt };
  }
  const template = settings.templates.find((candidate) => candidate.id === choice.id);
  if (!template) return null;
  return { kind: 'template', templateId: `user:${template.id}`, title: template.title.slice(0, 120), instruction: template.prompt };
}

// A site switched off (or outside the allow list) gets nothing from Draftsmith, menu included. Pages that
// are not web sites (browser pages, viewers) have no site rules; the result window serves them.
export function isMenuAllowed(urls: readonly (string | undefined)[], rules: Pick<Settings, 'disabledSites' | 'allowedSites'>): boolean {
  return urls.every((url) => !url || siteKey(url) === null || isSiteAllowed(url, rules));
}
