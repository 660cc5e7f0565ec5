// Owns what kind of answer each field takes from the model (a choice, a number, a date, free text) and its limits.
// The JSON Schema sent to the model and the zod check of its answer are both built from this one description.
import type { FormField } from './form-field';

export type AnswerType =
  | { type: 'boolean' }
  | { type: 'choice'; values: string[]; labels: string[] }
  | { type: 'choices'; values: string[]; labels: string[] }
  | { type: 'number'; integer: boolean; minimum?: number; maximum?: number }
  | { type: 'string'; format?: 'email' | 'uri' | 'date'; pattern?: string; maxLength?: number; minDate?: string; maxDate?: string };

// Patterns for the input types whose value format JSON Schema has no name for.
const TYPE_PATTERNS: Record<string, string> = {
  time: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$',
  'datetime-local': '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$',
  month: '^\\d{4}-(0[1-9]|1[0-2])$',
  week: '^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$',
  color: '^#[0-9a-fA-F]{6}$',
};
const FORMATS: Record<string, 'email' | 'uri' | 'date'> = { email: 'email', url: 'uri', date: 'date' };

function finite(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

// The page's pattern as a whole-value JSON Schema pattern, if the browser's own regex engine accepts it.
export function anchoredPattern(pattern: string | undefined): string | undefined {
  if (!pattern) return undefined;
  const anchored = `^(?:${pattern})$`;
  try {
    new RegExp(anchored, 'v');
    return anchored;
  } catch {
    // A page's pattern attribute the v-flag RegExp refuses: the browser ignores it too, so do we.
    return undefined;
  }
}

// A number input's default step is 1, so it takes whole numbers unless its step or minimum says otherwise.
function takesIntegers(field: FormField): boolean {
  if (field.step?.toLowerCase() === 'any') return false;
  const step = finite(field.step) ?? 1;
  const base = finite(field.min) ?? 0;
  return Number.isInteger(step) && Number.isInteger(base);
}

export function answerTypeOf(field: FormField): AnswerType | null {
  if (field.kind === 'checkbox') return { type: 'boolean' };
  if (field.kind === 'select' || field.kind === 'radio') {
    // An option without a value is the "Choose…" placeholder: null says the same.
    const offered = field.options.filter((option) => option.value !== '');
    if (offered.length === 0) return null;
    const values = offered.map((option) => option.value);
    const labels = offered.map((option) => option.label);
    return field.multiple ? { type: 'choices', values, labels } : { type: 'choice', values, labels };
  }
  if (field.inputType === 'number' || field.inputType === 'range') {
    return { type: 'number', integer: takesIntegers(field), minimum: finite(field.min), maximum: finite(field.max) };
  }
  const format = FORMATS[field.inputType];
  return {
    type: 'string',
    format,
    pattern: TYPE_PATTERNS[field.inputType] ?? anchoredPattern(field.pattern),
    maxLength: field.maxLength,
    minDate: format === 'date' ? field.min : undefined,
    maxDate: format === 'date' ? field.max : undefined,
  };
}

// The fields the model is asked about, each with its answer key (f1, f2…) in job order.
export interface AskedField {
  key: string;
  field: FormField;
  answer: AnswerType;
}

export function askedFields(fields: readonly FormField[]): AskedField[] {
  const asked: AskedField[] = [];
  fields.forEach((field, index) => {
    const answer = answerTypeOf(field);
    if (answer) asked.push({ key: `f${index + 1}`, field, answer });
  });
  return asked;
}
