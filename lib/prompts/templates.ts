// Owns prompt templates: the variables they may use and rendering them without ever expanding inserted text.
import { z } from 'zod';

export const TEMPLATE_VARIABLES = ['selection', 'page_title', 'url', 'language', 'field_text', 'field_label'] as const;
export const TemplateVarSchema = z.enum(TEMPLATE_VARIABLES);
export type TemplateVar = z.infer<typeof TemplateVarSchema>;

// Variables whose values come from the page. Rendered into a template they land in the instruction
// unfenced and untrimmed, so the options page should warn; built-in templates leave page data to the
// prompt builder, which fences it.
export const PAGE_DATA_VARIABLES: readonly TemplateVar[] = ['selection', 'page_title', 'url', 'field_text', 'field_label'];

// `{{name}}`, spaces inside the braces allowed. The name part is deliberately loose so typos are found and reported.
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

function isTemplateVar(name: string): name is TemplateVar {
  return TemplateVarSchema.safeParse(name).success;
}

// One pass over the template only: each value is inserted verbatim and never scanned again, so page text
// holding "{{url}}" stays literal and nothing can inject a variable. A replacer function (not a string)
// also keeps "$&" and "$'" in values literal. Unknown placeholders are left as written;
// templateVariables() reports them for validation.
export function renderTemplate(template: string, vars: Readonly<Record<TemplateVar, string>>): string {
  return template.replace(PLACEHOLDER, (placeholder: string, name: string) =>
    isTemplateVar(name) ? vars[name] : placeholder,
  );
}

export interface TemplateVariables {
  variables: TemplateVar[]; // known ones, in order of first use, without repeats
  unknown: string[]; // names the renderer will leave as written
}

export function templateVariables(template: string): TemplateVariables {
  const variables: TemplateVar[] = [];
  const unknown: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (isTemplateVar(name)) {
      if (!variables.includes(name)) variables.push(name);
    } else if (!unknown.includes(name)) unknown.push(name);
  }
  return { variables, unknown };
}
