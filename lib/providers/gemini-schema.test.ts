import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toGeminiSchema } from './gemini-schema';

describe('JSON Schema to Gemini responseSchema', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'drops $schema and additionalProperties, keeps the supported keys',
      {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        additionalProperties: false,
        description: 'A draft',
        properties: { n: { type: 'integer', minimum: 1, maximum: 5, format: 'int32' }, tags: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        required: ['n', 'tags'],
      },
      {
        type: 'object',
        description: 'A draft',
        properties: { n: { type: 'integer', minimum: 1, maximum: 5, format: 'int32' }, tags: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        required: ['n', 'tags'],
      },
    ],
    ['turns a nullable type array into nullable', { type: ['string', 'null'] }, { type: 'string', nullable: true }],
    ['inlines anyOf with null', { anyOf: [{ type: 'number' }, { type: 'null' }], description: 'd' }, { type: 'number', description: 'd', nullable: true }],
    ['keeps a real union as anyOf', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, { anyOf: [{ type: 'string' }, { type: 'integer' }] }],
    ['keeps string enums', { type: 'string', enum: ['a', 'b'] }, { type: 'string', enum: ['a', 'b'] }],
    ['drops non-string enums', { type: 'integer', enum: [1, 2] }, { type: 'integer' }],
    ['turns const into a one-value enum', { const: 'fixed' }, { type: 'string', enum: ['fixed'] }],
    ['drops formats Gemini rejects', { type: 'string', format: 'email', pattern: '.+@.+', minLength: 3 }, { type: 'string' }],
    ['keeps date-time', { type: 'string', format: 'date-time' }, { type: 'string', format: 'date-time' }],
    ['drops required names that are not properties', { type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'ghost'] }, { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }],
    [
      'resolves local $refs',
      { type: 'object', properties: { item: { $ref: '#/$defs/Item' } }, $defs: { Item: { type: 'object', properties: { id: { type: 'string' } } } } },
      { type: 'object', properties: { item: { type: 'object', properties: { id: { type: 'string' } } } } },
    ],
    ['merges a lone allOf member', { allOf: [{ type: 'string' }], description: 'x' }, { type: 'string', description: 'x' }],
  ])('%s', (_name, input, expected) => {
    expect(toGeminiSchema(input)).toEqual(expected);
  });

  it('stops at recursive $refs instead of looping', () => {
    const schema = { $defs: { Node: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } } } }, $ref: '#/$defs/Node' };
    const converted = JSON.stringify(toGeminiSchema(schema));
    expect(converted.length).toBeLessThan(5000);
  });

  it('converts what zod v4 emits for a typical schema', () => {
    const schema = z.toJSONSchema(z.object({ title: z.string(), tone: z.enum(['formal', 'casual']), score: z.number().int().min(0).max(10).nullable() }));
    expect(toGeminiSchema(schema as Record<string, unknown>)).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string' },
        tone: { type: 'string', enum: ['formal', 'casual'] },
        score: { type: 'integer', minimum: 0, maximum: 10, nullable: true },
      },
      required: ['title', 'tone', 'score'],
    });
  });
});
