// Owns the merged-call prompt: N independent tasks in one structured-output request, and reading the answers back.
import { z } from 'zod';
import type { ChatMessage, ResponseFormat } from '../../providers/types';

// A fence longer than any backtick run inside the tasks, so a task cannot close it early.
function fenceFor(tasks: string[]): string {
  const longest = Math.max(0, ...tasks.flatMap((task) => (task.match(/`+/g) ?? []).map((run) => run.length)));
  return '`'.repeat(Math.max(3, longest + 1));
}

export function buildBatchPrompt(tasks: string[]): { messages: ChatMessage[]; responseFormat: ResponseFormat } {
  const n = tasks.length;
  const fence = fenceFor(tasks);
  const system = [
    `You will receive ${n} independent tasks, numbered 1 to ${n}.`,
    'Answer each task separately and completely, as if it were the only one; never mention or mix in the other tasks.',
    `Reply with a JSON object whose "answers" array holds exactly ${n} strings: the answer to task i at position i.`,
    'Each answer contains only the text that task asks for, without its number or the fences.',
  ].join('\n');
  const user = tasks.map((task, index) => `Task ${index + 1}:\n${fence}\n${task}\n${fence}`).join('\n\n');
  return {
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ],
    responseFormat: {
      type: 'json_schema',
      name: 'batch_answers',
      schema: {
        type: 'object',
        properties: { answers: { type: 'array', items: { type: 'string' }, minItems: n, maxItems: n } },
        required: ['answers'],
        additionalProperties: false,
      },
    },
  };
}

export function batchAnswerSchema(n: number) {
  return z.object({ answers: z.array(z.string()).length(n) });
}

// Some models wrap JSON in a Markdown fence even when asked for structured output.
function unfence(text: string): string {
  const match = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(text);
  return match?.[1] ?? text;
}

// The n answers, or null when the text is not exactly what the schema asked for.
export function parseBatchAnswer(text: string, n: number): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(unfence(text));
  } catch {
    // A model answer that is not JSON: null sends the caller to single calls.
    return null;
  }
  const parsed = batchAnswerSchema(n).safeParse(json);
  return parsed.success ? parsed.data.answers : null;
}
