// Builds a small value that validates against a JSON Schema, for response_format replies.
import { isRecord, toJsonValue, type JsonValue } from './guards.ts';

const MAX_DEPTH = 8;

/** Follows a local `#/...` JSON pointer such as `#/$defs/Item`. */
function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter((p) => p !== '')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) ? node[key] : undefined;
  }
  return node;
}

/** Prefers a non-null type so the sample carries some shape. */
function pickType(type: unknown): string | undefined {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const named = type.filter((t): t is string => typeof t === 'string');
    return named.find((t) => t !== 'null') ?? named[0];
  }
  return undefined;
}

function isNullOnly(schema: unknown): boolean {
  return isRecord(schema) && schema.type === 'null';
}

function num(schema: Record<string, unknown>, key: string): number | undefined {
  const value = schema[key];
  return typeof value === 'number' ? value : undefined;
}

function sampleNumber(schema: Record<string, unknown>, integer: boolean): number {
  const min = num(schema, 'minimum');
  const exclusiveMin = num(schema, 'exclusiveMinimum');
  const max = num(schema, 'maximum');
  const exclusiveMax = num(schema, 'exclusiveMaximum');
  let value = min ?? (exclusiveMin !== undefined ? exclusiveMin + 1 : 1);
  if (max !== undefined && value > max) value = max;
  if (exclusiveMax !== undefined && value >= exclusiveMax) value = exclusiveMax - (integer ? 1 : 0.5);
  return integer ? Math.ceil(value) : value;
}

function sampleString(schema: Record<string, unknown>): string {
  const byFormat: Record<string, string> = {
    'date-time': '2024-01-01T00:00:00Z',
    date: '2024-01-01',
    time: '00:00:00Z',
    email: 'test@example.com',
    uri: 'https://example.com/',
    uuid: '00000000-0000-4000-8000-000000000000',
  };
  const format = schema.format;
  let value = (typeof format === 'string' ? byFormat[format] : undefined) ?? 'test';
  const minLength = num(schema, 'minLength');
  const maxLength = num(schema, 'maxLength');
  if (minLength !== undefined && value.length < minLength) value = value.padEnd(minLength, 't');
  if (maxLength !== undefined && value.length > maxLength) value = value.slice(0, maxLength);
  return value;
}

function sampleArray(schema: Record<string, unknown>, root: unknown, depth: number): JsonValue[] {
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
  const items = schema.items;
  if (prefix.length > 0) return prefix.map((item) => sample(item, root, depth + 1));
  if (!isRecord(items)) return [];
  const minItems = num(schema, 'minItems') ?? 0;
  const maxItems = num(schema, 'maxItems');
  const count = minItems > 0 ? minItems : maxItems === 0 ? 0 : 1;
  return Array.from({ length: count }, () => sample(items, root, depth + 1));
}

function sampleObject(schema: Record<string, unknown>, root: unknown, depth: number): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const [key, propSchema] of Object.entries(properties)) out[key] = sample(propSchema, root, depth + 1);
  // Required names without a declared schema still need some value.
  if (Array.isArray(schema.required)) {
    for (const key of schema.required) if (typeof key === 'string' && !(key in out)) out[key] = 'test';
  }
  return out;
}

function sample(schema: unknown, root: unknown, depth: number): JsonValue {
  if (depth > MAX_DEPTH) return null;
  if (schema === true || !isRecord(schema)) return 'test';
  if ('const' in schema) return toJsonValue(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return toJsonValue(schema.enum[0]);
  if (typeof schema.$ref === 'string') return sample(resolveRef(root, schema.$ref), root, depth + 1);

  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    // Merge object parts; otherwise the first part decides.
    const parts = schema.allOf.map((part) => sample(part, root, depth + 1));
    const objects = parts.filter((part): part is { [key: string]: JsonValue } => isRecord(part));
    if (objects.length !== parts.length) return parts[0] ?? null;
    const merged: { [key: string]: JsonValue } = {};
    for (const part of objects) for (const [key, value] of Object.entries(part)) merged[key] = value;
    return merged;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) {
      return sample(options.find((o) => !isNullOnly(o)) ?? options[0], root, depth + 1);
    }
  }

  const type =
    pickType(schema.type) ??
    (isRecord(schema.properties) ? 'object' : schema.items !== undefined || schema.prefixItems !== undefined ? 'array' : undefined);
  switch (type) {
    case 'object':
      return sampleObject(schema, root, depth);
    case 'array':
      return sampleArray(schema, root, depth);
    case 'string':
      return sampleString(schema);
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'test';
  }
}

/** A minimal value that validates against `schema` (flat and nested objects, arrays, $ref). */
export function sampleFromSchema(schema: unknown): JsonValue {
  return sample(schema, schema, 0);
}
