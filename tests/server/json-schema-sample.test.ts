import { describe, expect, it } from 'vitest';
import { sampleFromSchema } from './json-schema-sample.ts';

describe('sampleFromSchema', () => {
  it('builds scalars that respect simple constraints', () => {
    expect(sampleFromSchema({ type: 'string' })).toBe('test');
    expect(sampleFromSchema({ type: 'string', minLength: 6 })).toBe('testtt');
    expect(sampleFromSchema({ type: 'string', maxLength: 2 })).toBe('te');
    expect(sampleFromSchema({ type: 'string', enum: ['b', 'a'] })).toBe('b');
    expect(sampleFromSchema({ const: 'fixed' })).toBe('fixed');
    expect(sampleFromSchema({ type: 'integer', minimum: 5 })).toBe(5);
    expect(sampleFromSchema({ type: 'integer', exclusiveMinimum: 5 })).toBe(6);
    expect(sampleFromSchema({ type: 'number', maximum: 0.5 })).toBe(0.5);
    expect(sampleFromSchema({ type: 'boolean' })).toBe(true);
    expect(sampleFromSchema({ type: ['null', 'string'] })).toBe('test');
  });

  it('handles arrays, nesting, refs and unions', () => {
    expect(sampleFromSchema({ type: 'array' })).toEqual([]);
    expect(sampleFromSchema({ type: 'array', items: { type: 'integer' }, minItems: 2 })).toEqual([1, 1]);
    expect(sampleFromSchema({ type: 'array', items: { type: 'integer' }, maxItems: 0 })).toEqual([]);
    expect(
      sampleFromSchema({
        type: 'object',
        properties: { item: { $ref: '#/$defs/Item' }, pick: { anyOf: [{ type: 'null' }, { type: 'number' }] } },
        required: ['item', 'pick', 'undeclared'],
        $defs: { Item: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } },
      }),
    ).toEqual({ item: { id: '00000000-0000-4000-8000-000000000000' }, pick: 1, undeclared: 'test' });
    expect(sampleFromSchema({ allOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'boolean' } } }] })).toEqual({
      a: 'test',
      b: true,
    });
  });

  it('stops on recursive schemas', () => {
    const schema = { $ref: '#/$defs/Node', $defs: { Node: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } } } } };
    expect(() => JSON.stringify(sampleFromSchema(schema))).not.toThrow();
  });
});
