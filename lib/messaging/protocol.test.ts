import { describe, expect, it } from 'vitest';
import { ClientEventSchema, GenerationRequestSchema, ServerEventSchema } from './generation-schemas';
import { MESSAGES } from './protocol';
import { classifySender } from './sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('generation port schemas', () => {
  it('accepts a start event and fills defaults', () => {
    const event = ClientEventSchema.parse({ type: 'start', request: { prompt: 'hi', source: 'inline' } });
    expect(event).toEqual({ type: 'start', request: { prompt: 'hi', source: 'inline', priority: 'interactive', context: {}, regenerate: false, task: 'compose' } });
  });

  it.each([
    ['an empty prompt', { type: 'start', request: { prompt: '  ', source: 'inline' } }],
    ['an unknown source', { type: 'start', request: { prompt: 'x', source: 'page' } }],
    ['an unknown type', { type: 'launch' }],
    ['an oversized prompt', { type: 'start', request: { prompt: 'x'.repeat(20_001), source: 'inline' } }],
    ['a non-object', 'start'],
  ])('rejects %s', (_name, value) => {
    expect(ClientEventSchema.safeParse(value).success).toBe(false);
  });

  it('validates every server event', () => {
    expect(ServerEventSchema.safeParse({ type: 'delta', text: 'a' }).success).toBe(true);
    expect(ServerEventSchema.safeParse({ type: 'done', model: 'm', finishReason: 'stop' }).success).toBe(true);
    expect(ServerEventSchema.safeParse({ type: 'error', error: { code: 'auth', message: 'no' }, partial: false }).success).toBe(true);
    expect(ServerEventSchema.safeParse({ type: 'error', error: { code: 'teapot', message: 'no' }, partial: false }).success).toBe(false);
    expect(ServerEventSchema.safeParse({ type: 'delta' }).success).toBe(false);
  });

  it('keeps page context within bounds', () => {
    const huge = 'x'.repeat(200_001);
    expect(GenerationRequestSchema.safeParse({ prompt: 'p', source: 'inline', context: { fieldText: huge } }).success).toBe(false);
  });
});

describe('one-shot messages', () => {
  it('saveSettings takes unknown settings (validated by the handler) and bounded keys', () => {
    expect(MESSAGES.saveSettings.request.safeParse({ settings: {}, apiKey: 'k' }).success).toBe(true);
    expect(MESSAGES.saveSettings.request.safeParse({ settings: {}, apiKey: 'k'.repeat(4001) }).success).toBe(false);
  });

  it('no response schema has a field for an API key', () => {
    const shapes = JSON.stringify(Object.values(MESSAGES).map((spec) => spec.response.toJSONSchema?.() ?? {}));
    expect(shapes).not.toMatch(/"apiKey"/);
  });
});

describe('sender classification', () => {
  it.each([
    ['the options page', { id: ID, url: `${ORIGIN}/options.html`, tab: { id: 3 }, frameId: 0 }, 'extension-page'],
    ['the worker', { id: ID, url: `${ORIGIN}/background.js` }, 'extension-page'],
    ['a content script', { id: ID, url: 'https://example.com/', tab: { id: 3 }, frameId: 2 }, 'content-script'],
    ['another extension', { id: 'x'.repeat(32), url: 'https://example.com/', tab: { id: 3 }, frameId: 0 }, null],
    ['no url', { id: ID }, null],
    ['a tabless web sender', { id: ID, url: 'https://example.com/' }, null],
  ])('%s', (_name, sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN)).toBe(expected);
  });
});
