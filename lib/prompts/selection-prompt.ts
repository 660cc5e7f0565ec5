// Owns the instruction for a selection job: a template rendered in one pass, page text left to the fenced data blocks.
import { MAX_PROMPT_CHARS } from '../messaging/generation-schemas';
import { renderTemplate, templateVariables, type TemplateVar } from './templates';

// What the job works on: the selected text, or the whole text of a field when nothing in it is selected.
export type SelectionTarget = 'selection' | 'field';

export interface SelectionPromptVars {
  target: SelectionTarget;
  language: string;
  pageUrl?: string;
}

export interface SelectionPrompt {
  prompt: string;
  // The known variables the template used, so the request carries only the data it refers to.
  uses: TemplateVar[];
}

// Page text never enters the instruction: variables that stand for it become references to the
// data blocks the prompt builder fences, so a selection saying "ignore previous instructions" stays data.
const REFERENCES = {
  selection: 'the text in the "selection" data block',
  field: 'the text in the "field_text" data block',
  pageTitle: 'the page title in the "page_title" data block',
  fieldLabel: 'the field label in the "field_label" data block',
} as const;

export function renderSelectionPrompt(template: string, vars: SelectionPromptVars): SelectionPrompt {
  const values: Record<TemplateVar, string> = {
    selection: vars.target === 'selection' ? REFERENCES.selection : REFERENCES.field,
    field_text: REFERENCES.field,
    page_title: REFERENCES.pageTitle,
    field_label: REFERENCES.fieldLabel,
    url: templateUrl(vars.pageUrl),
    language: vars.language,
  };
  return {
    prompt: renderTemplate(template, values).slice(0, MAX_PROMPT_CHARS),
    uses: templateVariables(template).variables,
  };
}

// The tab's URL as the browser reported it, without credentials, with characters that could open a
// fence or a placeholder (backticks, braces) or spell out words (spaces) percent-encoded.
export function templateUrl(url: string | undefined): string {
  if (!url) return 'unknown';
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/[`{}\s<>"'\\]/g, percentEncode).slice(0, 2000);
  } catch {
    // Not a URL: the prompt says so rather than carrying arbitrary text as an address.
    return 'unknown';
  }
}

function percentEncode(char: string): string {
  return Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
