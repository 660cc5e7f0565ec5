// Owns a simulated OpenAI-compatible server behind a fake fetch, on simulated time: it enforces N requests per
// sliding minute, answers 429 with Retry-After and x-ratelimit-* headers when over, and answers merged calls.
import type { SimClock } from './sim-clock';

const WINDOW_MS = 60_000;
const BATCH_TASK = /Task \d+:\n(`{3,})\n([\s\S]*?)\n\1/g;

export interface SimServerStats {
  calls: number;
  rejected: number;
  // Tasks answered: one per plain call, one per task in a merged call.
  tasks: number;
}

export interface SimServer {
  fetch: typeof fetch;
  stats: SimServerStats;
}

interface ChatBody {
  messages?: Array<{ role?: string; content?: unknown }>;
  response_format?: { json_schema?: { name?: string } };
}

function answerFor(body: ChatBody): { content: string; tasks: number } {
  const user = body.messages?.filter((message) => message.role === 'user').at(-1)?.content;
  const text = typeof user === 'string' ? user : '';
  if (body.response_format?.json_schema?.name === 'batch_answers') {
    const answers = [...text.matchAll(BATCH_TASK)].map((match) => `Answer to: ${match[2] ?? ''}`);
    return { content: JSON.stringify({ answers }), tasks: answers.length };
  }
  return { content: `Answer to: ${text}`, tasks: 1 };
}

function sse(content: string): string {
  const frames = [
    { choices: [{ index: 0, delta: { role: 'assistant', content: '' } }] },
    { choices: [{ index: 0, delta: { content } }] },
    { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
    { choices: [], usage: { prompt_tokens: 50, completion_tokens: 20 } },
  ];
  return `${frames.map((frame) => `data: ${JSON.stringify(frame)}\n\n`).join('')}data: [DONE]\n\n`;
}

export function createSimServer(options: { clock: SimClock; requestsPerMinute: number; serviceMs: number }): SimServer {
  const { clock, requestsPerMinute, serviceMs } = options;
  const accepted: number[] = [];
  const stats: SimServerStats = { calls: 0, rejected: 0, tasks: 0 };

  // OpenAI's headers: the reset is the time until the window is empty again.
  const limitHeaders = (now: number): Record<string, string> => ({
    'x-ratelimit-limit-requests': String(requestsPerMinute),
    'x-ratelimit-remaining-requests': String(Math.max(0, requestsPerMinute - accepted.length)),
    'x-ratelimit-reset-requests': `${Math.max(0, (accepted.at(-1) ?? now - WINDOW_MS) + WINDOW_MS - now) / 1000}s`,
  });

  const simFetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    clock.touch();
    stats.calls++;
    const now = clock.now();
    while (accepted.length > 0 && (accepted[0] ?? 0) <= now - WINDOW_MS) accepted.shift();
    if (accepted.length >= requestsPerMinute) {
      stats.rejected++;
      const retryAfter = Math.ceil(((accepted[0] ?? now) + WINDOW_MS - now) / 1000);
      const error = { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } };
      return new Response(JSON.stringify(error), {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter), ...limitHeaders(now) },
      });
    }
    accepted.push(now);
    const headers = limitHeaders(now);
    await clock.sleep(serviceMs, init?.signal ?? undefined);
    const answer = answerFor(JSON.parse(String(init?.body ?? '{}')) as ChatBody);
    stats.tasks += answer.tasks;
    clock.touch();
    return new Response(sse(answer.content), { status: 200, headers: { 'content-type': 'text/event-stream', ...headers } });
  };
  return { fetch: simFetch as typeof fetch, stats };
}
