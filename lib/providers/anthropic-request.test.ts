import { describe, expect, it } from 'vitest';
import { buildAnthropicBody, buildAnthropicRequest, forcedTool } from './anthropic';
import { splitConversation } from './chat-turns';
import { callFor, providerOf } from '../../tests/support/provider-streams';
import type { ChatMessage } from './types';

const provider = providerOf('anthropic', { baseUrl: 'https://api.anthropic.com/v1/' });

describe('Anthropic message conversion', () => {
  it.each<[string, ChatMessage[], { system?: string; turns: { role: string; content: string }[] }]>([
    ['extracts one system message', [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }], { system: 'Be brief.', turns: [{ role: 'user', content: 'Hi' }] }],
    [
      'joins several system messages wherever they are',
      [{ role: 'system', content: 'A' }, { role: 'user', content: 'Hi' }, { role: 'system', content: 'B' }],
      { system: 'A\n\nB', turns: [{ role: 'user', content: 'Hi' }] },
    ],
    [
      'merges neighbours of one role',
      [{ role: 'user', content: 'one' }, { role: 'user', content: 'two' }, { role: 'assistant', content: 'x' }, { role: 'assistant', content: 'y' }, { role: 'user', content: 'three' }],
      { turns: [{ role: 'user', content: 'one\n\ntwo' }, { role: 'assistant', content: 'x\n\ny' }, { role: 'user', content: 'three' }] },
    ],
    [
      'drops empty messages, which would otherwise split a merge',
      [{ role: 'system', content: '  ' }, { role: 'user', content: 'a' }, { role: 'assistant', content: '' }, { role: 'user', content: 'b' }],
      { turns: [{ role: 'user', content: 'a\n\nb' }] },
    ],
  ])('%s', (_name, messages, expected) => {
    expect(splitConversation(messages)).toEqual(expected);
  });

  it('builds the streaming body with system apart and temperature clamped to 0..1', () => {
    const call = callFor(provider, {
      model: 'claude-sonnet-4-5',
      maxTokens: 300,
      temperature: 1.6,
      messages: [{ role: 'system', content: 'S' }, { role: 'user', content: 'Q' }],
    });
    expect(buildAnthropicBody(call)).toEqual({
      model: 'claude-sonnet-4-5',
      max_tokens: 300,
      temperature: 1,
      system: 'S',
      messages: [{ role: 'user', content: 'Q' }],
      stream: true,
    });
    expect(buildAnthropicBody(callFor(provider))).not.toHaveProperty('system');
  });

  it('posts to {baseUrl}/messages with the Anthropic headers', () => {
    const request = buildAnthropicRequest(callFor(provider, { apiKey: 'sk-ant', provider: { ...provider, headers: { 'anthropic-beta': 'x' } } }));
    expect(request.url).toBe('https://api.anthropic.com/v1/messages');
    expect(request.headers).toMatchObject({
      'x-api-key': 'sk-ant',
      'anthropic-version': '2023-06-01',
      'anthropic-dangerous-direct-browser-access': 'true',
      'content-type': 'application/json',
      'anthropic-beta': 'x',
    });
    expect(request.headers.authorization).toBeUndefined();
  });
});

describe('Anthropic structured output', () => {
  const schema = { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] };

  it('forces a tool carrying the JSON schema', () => {
    const body = buildAnthropicBody(callFor(provider, { responseFormat: { type: 'json_schema', name: 'draft', schema } }));
    expect(body.tools).toEqual([{ name: 'draft', description: expect.any(String), input_schema: schema }]);
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'draft' });
    expect(body).not.toHaveProperty('response_format');
  });

  it.each([
    ['my draft.v2', 'my_draft_v2'],
    ['', 'json_output'],
    ['x'.repeat(80), 'x'.repeat(64)],
  ])('makes tool name %j valid as %j', (name, expected) => {
    expect(forcedTool({ type: 'json_schema', name, schema }).name).toBe(expected);
  });

  it('uses an any-object tool for json_object', () => {
    expect(forcedTool({ type: 'json_object' })).toMatchObject({ name: 'json_output', input_schema: { type: 'object' } });
  });
});
