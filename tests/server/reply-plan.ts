// Decides what a request is answered with: scripted or echoed text, JSON for structured output, usage, finish.
import type { ChatRequest } from './chat-request.ts';
import type { ScriptedFault } from './faults.ts';
import { sampleFromSchema } from './json-schema-sample.ts';
import { countWords, defaultReplyText, promptTokens, truncateToTokens } from './replies.ts';
import type { FinishReason, Usage } from './sse-writer.ts';

export interface Reply {
  content: string;
  finishReason: FinishReason;
  usage: Usage;
}

// Draftsmith's merged calls fence each task as "Task i:" + a backtick fence; each answer is that
// task's own echo reply, so a batched answer equals the answer the task would get alone.
const BATCH_TASK = /Task \d+:\n(`{3,})\n([\s\S]*?)\n\1/g;

function batchAnswers(request: ChatRequest): string {
  const user = request.messages.filter((message) => message.role === 'user').at(-1);
  const text = typeof user?.content === 'string' ? user.content : '';
  const answers = [...text.matchAll(BATCH_TASK)].map((match) => defaultReplyText([{ role: 'user', content: match[2] ?? '' }]));
  return JSON.stringify({ answers });
}

/** Unscripted content: JSON for structured-output requests, else the echo reply. */
function unscriptedContent(request: ChatRequest): string {
  const format = request.responseFormat;
  if (format.type === 'json_schema' && format.name === 'batch_answers') return batchAnswers(request);
  if (format.type === 'json_schema' && format.schema !== undefined) return JSON.stringify(sampleFromSchema(format.schema));
  if (format.type !== 'text') return JSON.stringify({ reply: defaultReplyText(request.messages) });
  return defaultReplyText(request.messages);
}

export function buildReply(request: ChatRequest, fault: ScriptedFault | null): Reply {
  const { text, truncated } = truncateToTokens(fault?.reply ?? unscriptedContent(request), request.maxTokens);
  const prompt = promptTokens(request.messages);
  const completion = countWords(text);
  return {
    content: text,
    finishReason: truncated ? 'length' : 'stop',
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  };
}
