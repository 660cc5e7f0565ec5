// Owns the JSON Schema of a form-fill answer: one property per asked field, null meaning "no value".
// Strict structured output wants every property required and no others, so "unknown" is an explicit null.
import type { AnswerType, AskedField } from './field-answer-type';

export const FILL_SCHEMA_NAME = 'form_fill';

type JsonSchema = Record<string, unknown>;

function defined(entries: Record<string, unknown>): JsonSchema {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

export function answerSchema(answer: AnswerType): JsonSchema {
  switch (answer.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'choice':
      return { type: 'string', enum: answer.values };
    case 'choices':
      return { type: 'array', items: { type: 'string', enum: answer.values } };
    case 'number':
      return defined({ type: answer.integer ? 'integer' : 'number', minimum: answer.minimum, maximum: answer.maximum });
    case 'string':
      return defined({ type: 'string', format: answer.format, pattern: answer.pattern, maxLength: answer.maxLength });
  }
}

// anyOf with a null member: OpenAI strict mode, Anthropic tools and Gemini (as `nullable`) all read it.
export function buildFillJsonSchema(asked: readonly AskedField[]): JsonSchema {
  const properties: JsonSchema = {};
  for (const { key, answer } of asked) properties[key] = { anyOf: [answerSchema(answer), { type: 'null' }] };
  return { type: 'object', properties, required: asked.map(({ key }) => key), additionalProperties: false };
}
