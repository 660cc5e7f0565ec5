// Owns checking a model's form-fill answer against the fields it was asked about, with a zod schema built from
// the same answer types as the JSON Schema. It is lenient where meaning is clear (an option's label for its value,
// "42" for 42, "" for null) and names every problem without quoting page data, so a repair request stays clean.
import { z } from 'zod';
import type { AnswerType, AskedField } from './field-answer-type';
import type { FieldValue } from './form-field';

export interface FillProblem {
  key: string;
  expected: string;
}

export type FillValidation =
  | { ok: true; values: Map<string, FieldValue | null> }
  // `values` keeps every field that was valid, so a failed repair still fills what it can.
  | { ok: false; values: Map<string, FieldValue | null>; problems: FillProblem[] };

const NUMERIC = /^-?\d+(\.\d+)?$/;

function choiceSchema(values: readonly string[], labels: readonly string[]) {
  return z.string().transform((given, ctx) => {
    const wanted = given.trim().toLowerCase();
    const index = values.findIndex((value, i) => value.toLowerCase() === wanted || labels[i]?.toLowerCase() === wanted);
    if (index >= 0) return values[index] as string;
    ctx.addIssue({ code: 'custom', message: 'not an option' });
    return z.NEVER;
  });
}

function dateInRange(min: string | undefined, max: string | undefined) {
  return (date: string) => (min === undefined || date >= min) && (max === undefined || date <= max);
}

function stringSchema(answer: Extract<AnswerType, { type: 'string' }>) {
  let text = z.string().trim();
  if (answer.maxLength !== undefined) text = text.max(answer.maxLength);
  if (answer.pattern !== undefined) text = text.regex(new RegExp(answer.pattern, 'v'));
  if (answer.format === 'email') return text.pipe(z.email());
  if (answer.format === 'uri') return text.pipe(z.url());
  if (answer.format === 'date') return text.pipe(z.iso.date()).refine(dateInRange(answer.minDate, answer.maxDate));
  return text;
}

export function answerValidator(answer: AnswerType): z.ZodType<FieldValue> {
  switch (answer.type) {
    case 'boolean':
      return z.union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')]);
    case 'choice':
      return choiceSchema(answer.values, answer.labels);
    case 'choices':
      return z.union([z.array(choiceSchema(answer.values, answer.labels)), choiceSchema(answer.values, answer.labels).transform((value) => [value])]);
    case 'number': {
      let number = z.number();
      if (answer.integer) number = number.int();
      if (answer.minimum !== undefined) number = number.min(answer.minimum);
      if (answer.maximum !== undefined) number = number.max(answer.maximum);
      return z
        .union([z.number(), z.string().trim().regex(NUMERIC).transform(Number)])
        .pipe(number)
        .transform(String);
    }
    case 'string':
      return stringSchema(answer);
  }
}

// Missing, null and blank all mean "no value for this field".
function optional(schema: z.ZodType<FieldValue>) {
  return z.preprocess((value) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value), schema.nullable());
}

export function buildFillValidator(asked: readonly AskedField[]) {
  return z.object(Object.fromEntries(asked.map(({ key, answer }) => [key, optional(answerValidator(answer))])));
}

// What a key must hold, in words for the repair request; the field's own data is in the fenced block already.
export function expectationOf(answer: AnswerType): string {
  switch (answer.type) {
    case 'boolean':
      return 'true, false or null';
    case 'choice':
      return 'one of the option values listed for this field, or null';
    case 'choices':
      return 'an array of option values listed for this field, or null';
    case 'number': {
      const range = [answer.minimum !== undefined ? `at least ${answer.minimum}` : '', answer.maximum !== undefined ? `at most ${answer.maximum}` : '']
        .filter(Boolean)
        .join(' and ');
      return `${answer.integer ? 'an integer' : 'a number'}${range ? ` ${range}` : ''}, or null`;
    }
    case 'string': {
      const what = answer.format === 'email' ? 'a valid email address' : answer.format === 'uri' ? 'an absolute URL' : answer.format === 'date' ? 'a date as YYYY-MM-DD within the field\'s min and max' : 'text';
      const limits = [answer.maxLength !== undefined ? `at most ${answer.maxLength} characters` : '', answer.pattern ? "matching the field's pattern" : '']
        .filter(Boolean)
        .join(', ');
      return `${what}${limits ? ` (${limits})` : ''}, or null`;
    }
  }
}

// Some models wrap JSON in a Markdown fence even when asked for structured output.
function unfence(text: string): string {
  const match = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(text);
  return match?.[1] ?? text;
}

export function validateFillAnswer(text: string, asked: readonly AskedField[]): FillValidation {
  let json: unknown;
  try {
    json = JSON.parse(unfence(text));
  } catch {
    // Not JSON: the zod check below fails and the caller asks for one repair.
    json = undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, values: new Map(), problems: [{ key: '', expected: 'one JSON object with a property for every field key' }] };
  }
  const record = json as Record<string, unknown>;
  const { shape } = buildFillValidator(asked);
  const values = new Map<string, FieldValue | null>();
  const problems: FillProblem[] = [];
  // Key by key rather than the whole object at once, so the valid fields survive an invalid neighbour.
  for (const { key, answer } of asked) {
    const parsed = shape[key]?.safeParse(record[key]);
    if (!parsed) continue;
    if (parsed.success) values.set(key, parsed.data);
    else problems.push({ key, expected: expectationOf(answer) });
  }
  return problems.length === 0 ? { ok: true, values } : { ok: false, values, problems };
}
