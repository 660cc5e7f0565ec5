// Owns the form-fill requests: one structured-output request for every field, its json_object fallback and its
// one repair. The user's instruction and profile are theirs and stay unfenced; field labels, options and current
// values come from the page and travel only in the fenced data block (request.context.fieldText).
import { MAX_CONTEXT_CHARS, MAX_PROMPT_CHARS, type GenerationRequest } from '../messaging/generation-schemas';
import type { AnswerType, AskedField } from './field-answer-type';
import { buildFillJsonSchema, FILL_SCHEMA_NAME } from './fill-json-schema';
import type { FillProblem } from './fill-validator';
import { isEmptyValue, type FormField } from './form-field';

export interface FillProfile {
  name: string;
  text: string;
}

export interface FillPromptInput {
  instruction: string;
  profile: FillProfile | null;
  asked: readonly AskedField[];
  pageTitle?: string;
  pageUrl?: string;
}

// json_schema: the provider enforces the schema; json: any JSON object, for providers that refuse schemas.
export type FillFormat = 'json_schema' | 'json';

export interface FillRepair {
  answer: string;
  problems: readonly FillProblem[];
}

const MAX_PROBLEM_LINES = 60;

const GUIDE = [
  'Fill in a web form. The data block labelled field_text describes its fields, one JSON object per line:',
  'key, form, label, type, whether it is required, options, limits and the current value.',
  'Reply with one JSON object that has a property for every key.',
  'For a choice use the option value; for a checkbox true or false; for a number a JSON number.',
  'Use null for a field when neither the instruction nor the facts below give a value for it,',
  'unless the instruction asks you to make values up. Keep a current value that already fits.',
  'A current value marked preset is the page\'s own default, not the user\'s choice: change it when the instruction or facts call for another.',
].join(' ');

const TYPE_NAMES: Record<AnswerType['type'], string> = {
  boolean: 'checkbox',
  choice: 'choice',
  choices: 'multiple choice',
  number: 'number',
  string: 'text',
};

function typeName(field: FormField, answer: AnswerType): string {
  if (answer.type !== 'string') return TYPE_NAMES[answer.type];
  if (field.kind === 'textarea' || field.kind === 'contenteditable') return 'long text';
  return field.inputType === 'text' || field.inputType === '' ? 'text' : field.inputType;
}

function optionsOf(field: FormField): Array<string | { value: string; label: string }> | undefined {
  if (field.options.length === 0) return undefined;
  return field.options.filter((option) => option.value !== '').map((option) => (option.value === option.label ? option.value : option));
}

// One line per field: page text, so it goes into the fenced block and never into the instruction.
export function describeFieldsForModel(asked: readonly AskedField[]): string {
  const lines = asked.map(({ key, field, answer }) =>
    JSON.stringify({
      key,
      form: field.groupLabel || undefined,
      label: field.label,
      type: typeName(field, answer),
      required: field.required || undefined,
      [field.open ? 'suggestions' : 'options']: optionsOf(field),
      maxLength: field.maxLength,
      pattern: field.pattern,
      min: field.min,
      max: field.max,
      autocomplete: field.autocomplete || undefined,
      current: field.value,
      preset: (field.pageDefault && !isEmptyValue(field.value)) || undefined,
    }),
  );
  return lines.join('\n').slice(0, MAX_CONTEXT_CHARS);
}

function instructionText(input: FillPromptInput, format: FillFormat, repair: FillRepair | null): string {
  const parts = [GUIDE];
  if (format === 'json') parts.push(`Answer with JSON only: exactly the keys ${input.asked.map(({ key }) => key).join(', ')}, each with a value of the field's type within its limits, or null.`);
  parts.push(`The user's instruction:\n${input.instruction.trim()}`);
  if (input.profile && input.profile.text.trim() !== '') parts.push(`Facts the user saved (profile "${input.profile.name}"):\n${input.profile.text.trim()}`);
  if (repair) {
    const lines = repair.problems.slice(0, MAX_PROBLEM_LINES).map(({ key, expected }) => (key ? `- ${key}: must be ${expected}` : `- the answer must be ${expected}`));
    parts.push(`Your previous answer, in the data block labelled selection, did not validate:\n${lines.join('\n')}\nReply again with the complete corrected JSON object.`);
  }
  return parts.join('\n\n').slice(0, MAX_PROMPT_CHARS);
}

export function buildFillRequest(input: FillPromptInput, format: FillFormat, repair: FillRepair | null = null): GenerationRequest {
  return {
    prompt: instructionText(input, format, repair),
    context: {
      fieldText: describeFieldsForModel(input.asked),
      pageTitle: input.pageTitle?.slice(0, 500) || undefined,
      pageUrl: input.pageUrl?.slice(0, 4000) || undefined,
      // The model's own earlier answer may echo page text, so it is fenced as data too.
      selection: repair ? repair.answer.slice(0, MAX_CONTEXT_CHARS) : undefined,
    },
    source: 'popup',
    label: { action: { kind: 'form-fill', fields: input.asked.length }, words: input.instruction.trim() },
    priority: 'bulk',
    regenerate: false,
    task: 'compose',
    responseFormat: format === 'json_schema' ? { type: 'json_schema', name: FILL_SCHEMA_NAME, schema: buildFillJsonSchema(input.asked) } : { type: 'json_object' },
    maxTokens: fillAnswerTokens(input.asked.length),
  };
}

// Room for every field's answer (short values, a few long textareas), whatever the user's
// Max tokens for prose is: a cut-off JSON answer cannot be used at all.
export function fillAnswerTokens(fields: number): number {
  return Math.min(16_000, 256 + fields * 64);
}
