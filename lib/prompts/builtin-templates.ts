// Owns the built-in prompt templates as data; their titles are i18n keys the lead adds to the locales.
import { z } from 'zod';

export const PromptTemplateSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/).max(64),
  // An i18n message name, e.g. 'templateRewrite'.
  titleKey: z.string().regex(/^[A-Za-z0-9_]+$/).max(64),
  prompt: z.string().min(1).max(20_000),
});
export type PromptTemplate = z.infer<typeof PromptTemplateSchema>;

// The selection or field text is never pasted here: the prompt builder fences it as data, and these
// instructions refer to it. The answer language comes from the policy's system instruction; only
// Translate names it, so {{language}} must be resolved (never '') before rendering.
const TARGET = 'the selected text (or, when nothing is selected, the text in the field)';
const ONLY = 'Reply with the result only, without comments.';

export const BUILTIN_TEMPLATES: readonly PromptTemplate[] = [
  {
    id: 'rewrite',
    titleKey: 'templateRewrite',
    prompt: `Rewrite ${TARGET} so it reads clearly and naturally. Keep its meaning and tone. ${ONLY}`,
  },
  {
    id: 'summarize',
    titleKey: 'templateSummarize',
    prompt: `Summarize ${TARGET}, keeping the key facts and conclusions.`,
  },
  {
    id: 'translate',
    titleKey: 'templateTranslate',
    prompt: `Translate ${TARGET} into {{language}}. Keep the formatting, names and numbers. ${ONLY}`,
  },
  {
    id: 'explain',
    titleKey: 'templateExplain',
    prompt: `Explain ${TARGET} in simple terms: what it means and why it matters.`,
  },
  {
    id: 'fix-grammar',
    titleKey: 'templateFixGrammar',
    prompt: `Fix the spelling, grammar and punctuation of ${TARGET}. Change nothing else. ${ONLY}`,
  },
  {
    id: 'make-shorter',
    titleKey: 'templateMakeShorter',
    prompt: `Make ${TARGET} shorter, about half its length, keeping the essential points. ${ONLY}`,
  },
  {
    id: 'make-longer',
    titleKey: 'templateMakeLonger',
    prompt: `Make ${TARGET} longer, adding relevant detail and examples in the same tone. ${ONLY}`,
  },
  {
    id: 'continue',
    titleKey: 'templateContinue',
    prompt:
      'Continue writing the text in the field from where it ends, in the same tone and style. ' +
      'Reply with the continuation only, without repeating the existing text.',
  },
];
