import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, PromptTemplateSchema } from './builtin-templates';
import { renderTemplate, TEMPLATE_VARIABLES, templateVariables, type TemplateVar } from './templates';

const vars: Record<TemplateVar, string> = {
  selection: 'SEL',
  page_title: 'TITLE',
  url: 'https://example.com/',
  language: 'Spanish',
  field_text: 'FIELD',
  field_label: 'LABEL',
};

describe('renderTemplate', () => {
  it.each([
    ['Translate into {{language}}.', 'Translate into Spanish.'],
    ['{{ page_title }} at {{url}}', 'TITLE at https://example.com/'],
    ['{{field_label}}: {{field_text}} / {{selection}} / {{selection}}', 'LABEL: FIELD / SEL / SEL'],
    ['Keep {{unknown}} and {{Language}} as written', 'Keep {{unknown}} and {{Language}} as written'],
    ['Not a variable: {selection} {{ selection', 'Not a variable: {selection} {{ selection'],
    ['{{{selection}}}', '{SEL}'],
    ['', ''],
  ])('renders %j', (template, expected) => {
    expect(renderTemplate(template, vars)).toBe(expected);
  });
});

describe('templateVariables', () => {
  it.each([
    ['Translate {{selection}} into {{language}}, {{ language }}', ['selection', 'language'], []],
    ['{{url}} {{nope}} {{page-title}} {{nope}}', ['url'], ['nope', 'page-title']],
    ['plain', [], []],
  ])('lists the variables of %j', (template, variables, unknown) => {
    expect(templateVariables(template)).toEqual({ variables, unknown });
  });
});

describe('BUILTIN_TEMPLATES', () => {
  it('are valid, unique and use only known variables, never pasting page data into the instruction', () => {
    expect(new Set(BUILTIN_TEMPLATES.map((template) => template.id)).size).toBe(BUILTIN_TEMPLATES.length);
    for (const template of BUILTIN_TEMPLATES) {
      expect(PromptTemplateSchema.parse(template)).toEqual(template);
      const { variables, unknown } = templateVariables(template.prompt);
      expect(unknown).toEqual([]);
      expect(variables.every((name) => name === 'language')).toBe(true);
    }
  });

  it('covers the eight built-ins and only declared variables exist', () => {
    expect(BUILTIN_TEMPLATES.map((template) => template.id)).toEqual([
      'rewrite',
      'summarize',
      'translate',
      'explain',
      'fix-grammar',
      'make-shorter',
      'make-longer',
      'continue',
    ]);
    expect(TEMPLATE_VARIABLES).toHaveLength(6);
  });
});
