// Owns converting a JSON Schema into the OpenAPI 3.0 subset Gemini's responseSchema accepts.
type Json = Record<string, unknown>;

// Formats Gemini understands per type; any other format is rejected by the API, so it is dropped.
const FORMATS: Record<string, readonly string[]> = {
  string: ['enum', 'date-time', 'date', 'time'],
  number: ['float', 'double'],
  integer: ['int32', 'int64'],
};
const COPIED = ['description', 'minimum', 'maximum', 'minItems', 'maxItems'] as const;
// $ref chains deeper than this are treated as recursion, which Gemini cannot express.
const MAX_REF_DEPTH = 16;

export function toGeminiSchema(schema: Json): Json {
  return convert(schema, schema, 0);
}

function convert(node: Json, root: Json, depth: number): Json {
  if (typeof node.$ref === 'string') {
    const target = depth < MAX_REF_DEPTH ? resolveRef(root, node.$ref) : undefined;
    return target ? convert({ ...target, ...withoutRef(node) }, root, depth + 1) : { type: 'object' };
  }
  const union = asSchemas(node.anyOf) ?? asSchemas(node.oneOf);
  if (union) return convertUnion(node, union, root, depth);
  const allOf = asSchemas(node.allOf);
  // Gemini has no allOf; a lone member (zod's way of adding a description) can be merged in.
  if (allOf?.length === 1 && allOf[0]) return convert({ ...allOf[0], ...omit(node, 'allOf') }, root, depth);

  const out: Json = {};
  const { type, nullable } = readType(node.type);
  if (type !== undefined) out.type = type;
  if (nullable || node.nullable === true) out.nullable = true;
  const enumValues = node.const !== undefined ? [node.const] : node.enum;
  if (Array.isArray(enumValues) && enumValues.every((value) => typeof value === 'string')) {
    out.type = 'string';
    out.enum = enumValues;
  }
  if (typeof node.format === 'string' && FORMATS[String(out.type)]?.includes(node.format)) out.format = node.format;
  for (const key of COPIED) if (node[key] !== undefined) out[key] = node[key];

  const properties = isJson(node.properties) ? node.properties : undefined;
  if (properties) {
    const converted: Json = {};
    for (const [name, value] of Object.entries(properties)) if (isJson(value)) converted[name] = convert(value, root, depth);
    out.properties = converted;
    const required = Array.isArray(node.required) ? node.required.filter((name) => typeof name === 'string' && name in converted) : [];
    if (required.length > 0) out.required = required;
  }
  const items = Array.isArray(node.items) ? node.items[0] : node.items;
  if (isJson(items)) out.items = convert(items, root, depth);
  return out;
}

// A null member becomes `nullable`; a single remaining member is inlined, several stay anyOf.
function convertUnion(node: Json, members: Json[], root: Json, depth: number): Json {
  const rest = omit(node, 'anyOf', 'oneOf');
  const nonNull = members.filter((member) => member.type !== 'null');
  const nullable = nonNull.length < members.length;
  const only = nonNull[0];
  if (nonNull.length === 1 && only) {
    const merged = convert({ ...only, ...rest }, root, depth);
    return nullable ? { ...merged, nullable: true } : merged;
  }
  const out = convert(rest, root, depth);
  out.anyOf = nonNull.map((member) => convert(member, root, depth));
  if (nullable) out.nullable = true;
  return out;
}

function readType(type: unknown): { type?: string; nullable: boolean } {
  if (typeof type === 'string') return type === 'null' ? { nullable: true } : { type, nullable: false };
  if (!Array.isArray(type)) return { nullable: false };
  const named = type.filter((t): t is string => typeof t === 'string');
  return { type: named.find((t) => t !== 'null'), nullable: named.includes('null') };
}

function resolveRef(root: Json, ref: string): Json | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter((part) => part !== '')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isJson(node) ? node[key] : undefined;
  }
  return isJson(node) ? node : undefined;
}

function withoutRef(node: Json): Json {
  return omit(node, '$ref');
}

function omit(node: Json, ...keys: string[]): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) if (!keys.includes(key)) out[key] = value;
  return out;
}

function asSchemas(value: unknown): Json[] | undefined {
  return Array.isArray(value) ? value.filter(isJson) : undefined;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
