import { describe, expect, it } from 'vitest';
import { cacheKey, canonicalJson, type CacheKeyInput } from './cache-key';

const base: CacheKeyInput = {
  targets: ['openai:gpt', 'local:llama'],
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Hi' },
  ],
  maxTokens: 256,
  temperature: 0,
  responseFormat: { type: 'json_schema', name: 'reply', schema: { type: 'object', properties: { a: {}, b: {} } } },
};

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['sorts keys at every depth', { b: 1, a: { d: [2, 1], c: null } }, '{"a":{"c":null,"d":[2,1]},"b":1}'],
    ['drops undefined properties', { a: undefined, b: 1 }, '{"b":1}'],
    ['keeps array order, undefined as null', [3, undefined, 'x'], '[3,null,"x"]'],
    ['sorts integer-like keys as strings', { b: 1, 10: 2, 9: 3 }, '{"10":2,"9":3,"b":1}'],
    ['writes numbers as JSON', { x: 1e21, y: -0, z: Number.NaN, w: 0.1 }, '{"w":0.1,"x":1e+21,"y":0,"z":null}'],
    ['escapes strings', { 'k"': 'line\nbreak' }, '{"k\\"":"line\\nbreak"}'],
    ['honours toJSON', { at: new Date(0) }, '{"at":"1970-01-01T00:00:00.000Z"}'],
    ['handles a bare primitive', 'x', '"x"'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('throws on cycles rather than looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });
});

describe('cacheKey', () => {
  it('is a hex SHA-256 that ignores property order', async () => {
    const reordered: CacheKeyInput = {
      responseFormat: { schema: { properties: { b: {}, a: {} }, type: 'object' }, name: 'reply', type: 'json_schema' },
      temperature: 0,
      maxTokens: 256,
      messages: [
        { content: 'Be brief.', role: 'system' },
        { content: 'Hi', role: 'user' },
      ],
      targets: ['openai:gpt', 'local:llama'],
    };
    const key = await cacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await cacheKey(reordered)).toBe(key);
  });

  it('treats an absent responseFormat like an undefined one and ignores extra fields', async () => {
    const { responseFormat: _omitted, ...withoutFormat } = base;
    const wider = { ...withoutFormat, responseFormat: undefined, signal: new AbortController().signal };
    expect(await cacheKey(wider)).toBe(await cacheKey(withoutFormat));
  });

  it.each<[string, Partial<CacheKeyInput>]>([
    ['target order', { targets: ['local:llama', 'openai:gpt'] }],
    ['targets', { targets: ['openai:gpt'] }],
    ['message text', { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi!' }] }],
    ['message role', { messages: [{ role: 'user', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] }],
    ['message order', { messages: [{ role: 'user', content: 'Hi' }, { role: 'system', content: 'Be brief.' }] }],
    ['maxTokens', { maxTokens: 257 }],
    ['temperature', { temperature: 0.1 }],
    ['responseFormat', { responseFormat: { type: 'json_object' } }],
    ['no responseFormat', { responseFormat: undefined }],
  ])('changes with %s', async (_name, change) => {
    expect(await cacheKey({ ...base, ...change })).not.toBe(await cacheKey(base));
  });
});

describe('cacheKey for variants and refined answers', () => {
  it('gives each variant its own key for the same messages', async () => {
    const keys = await Promise.all([undefined, 1, 2, 3].map((variant) => cacheKey({ ...base, variant })));
    expect(new Set(keys).size).toBe(4);
  });

  it('gives a refined request (same first message, extra turns) another key', async () => {
    const refined = await cacheKey({
      ...base,
      messages: [...base.messages, { role: 'assistant', content: 'Hello!' }, { role: 'user', content: 'warmer' }],
    });
    const otherInstruction = await cacheKey({
      ...base,
      messages: [...base.messages, { role: 'assistant', content: 'Hello!' }, { role: 'user', content: 'shorter' }],
    });
    expect(refined).not.toBe(await cacheKey(base));
    expect(refined).not.toBe(otherInstruction);
  });
});
