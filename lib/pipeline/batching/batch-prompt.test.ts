import { describe, expect, it } from 'vitest';
import { buildBatchPrompt, parseBatchAnswer } from './batch-prompt';

describe('batch prompt', () => {
  it('numbers and fences each task and asks for exactly N answers', () => {
    const { messages, responseFormat } = buildBatchPrompt(['Translate: hola', 'Summarise: a long text']);
    expect(messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(messages[0]?.content).toContain('2 independent tasks');
    expect(messages[1]?.content).toBe('Task 1:\n```\nTranslate: hola\n```\n\nTask 2:\n```\nSummarise: a long text\n```');
    expect(responseFormat).toEqual({
      type: 'json_schema',
      name: 'batch_answers',
      schema: {
        type: 'object',
        properties: { answers: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } },
        required: ['answers'],
        additionalProperties: false,
      },
    });
  });

  it('uses a fence longer than any backtick run inside a task', () => {
    const { messages } = buildBatchPrompt(['code: ```js\nx\n```', 'plain']);
    expect(messages[1]?.content).toContain('Task 1:\n````\ncode: ```js\nx\n```\n````');
  });
});

describe('parseBatchAnswer', () => {
  it.each([
    ['{"answers":["a","b"]}', 2, ['a', 'b']],
    ['```json\n{"answers":["a","b"]}\n```', 2, ['a', 'b']],
    ['{"answers":["a"]}', 2, null],
    ['{"answers":["a","b","c"]}', 2, null],
    ['{"answers":["a",3]}', 2, null],
    ['{"other":[]}', 0, null],
    ['not json', 1, null],
    ['', 1, null],
  ])('%s (n=%i) → %j', (text, n, expected) => {
    expect(parseBatchAnswer(text, n)).toEqual(expected);
  });
});
