import { describe, expect, it } from 'vitest';
import { askedFields } from './field-answer-type';
import { buildFillJsonSchema } from './fill-json-schema';
import { makeField, syntheticFields } from '../../tests/support/synthetic-fields';

const propertyOf = (schema: Record<string, unknown>, key: string) => (schema.properties as Record<string, { anyOf: unknown[] }>)[key]?.anyOf[0];

describe('buildFillJsonSchema', () => {
  const fields = syntheticFields(10);
  const schema = buildFillJsonSchema(askedFields(fields));

  it('has one required, nullable property per field and no others (strict structured output)', () => {
    const keys = fields.map((_, i) => `f${i + 1}`);
    expect(schema).toMatchObject({ type: 'object', required: keys, additionalProperties: false });
    expect(Object.keys(schema.properties as object)).toEqual(keys);
    for (const key of keys) expect((schema.properties as Record<string, { anyOf: unknown[] }>)[key]?.anyOf[1]).toEqual({ type: 'null' });
  });

  it.each([
    ['text with maxlength', 'f1', { type: 'string', maxLength: 80 }],
    ['email', 'f2', { type: 'string', format: 'email' }],
    ['tel', 'f3', { type: 'string' }],
    ['url', 'f4', { type: 'string', format: 'uri' }],
    ['number with min and max (whole numbers by default step)', 'f5', { type: 'integer', minimum: 0, maximum: 50 }],
    ['select: option values, without the empty placeholder', 'f6', { type: 'string', enum: ['de', 'fr', 'cn'] }],
    ['radio group', 'f7', { type: 'string', enum: ['remote', 'hybrid', 'office'] }],
    ['checkbox', 'f8', { type: 'boolean' }],
    ['date', 'f9', { type: 'string', format: 'date' }],
    ['textarea', 'f10', { type: 'string', maxLength: 2000 }],
  ])('%s', (_name, key, expected) => {
    expect(propertyOf(schema, key)).toEqual(expected);
  });

  it('anchors a page pattern, drops one the browser cannot compile, and types time and multi-selects', () => {
    const asked = askedFields([
      makeField({ kind: 'text', inputType: 'text', label: 'Zip', pattern: '[0-9]{5}' }, 0),
      makeField({ kind: 'text', inputType: 'text', label: 'Broken', pattern: '([' }, 1),
      makeField({ kind: 'text', inputType: 'time', label: 'Start' }, 2),
      makeField({ kind: 'select', inputType: '', label: 'Skills', multiple: true, options: [{ value: 'ts', label: 'TypeScript' }, { value: 'go', label: 'Go' }] }, 3),
      makeField({ kind: 'text', inputType: 'number', label: 'Rate', step: '0.5', min: '1' }, 4),
    ]);
    const built = buildFillJsonSchema(asked);
    expect(propertyOf(built, 'f1')).toEqual({ type: 'string', pattern: '^(?:[0-9]{5})$' });
    expect(propertyOf(built, 'f2')).toEqual({ type: 'string' });
    expect(propertyOf(built, 'f3')).toMatchObject({ type: 'string', pattern: expect.stringContaining('[0-5]') });
    expect(propertyOf(built, 'f4')).toEqual({ type: 'array', items: { type: 'string', enum: ['ts', 'go'] } });
    expect(propertyOf(built, 'f5')).toEqual({ type: 'number', minimum: 1 });
  });

  it('leaves out a choice with no options to choose from', () => {
    const asked = askedFields([makeField({ kind: 'select', inputType: '', label: 'Empty', options: [{ value: '', label: '—' }] }), makeField({ kind: 'checkbox', inputType: 'checkbox', label: 'OK' }, 1)]);
    expect(asked.map(({ key }) => key)).toEqual(['f2']);
  });
});
