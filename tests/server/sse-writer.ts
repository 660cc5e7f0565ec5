// Writes chat.completion.chunk SSE frames exactly as OpenAI lays them out.
import type { ServerResponse } from 'node:http';

export interface StreamMeta {
  id: string;
  created: number;
  model: string;
  /** With stream_options.include_usage every chunk carries `usage` (null until the last). */
  includeUsage: boolean;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export type FinishReason = 'stop' | 'length';

export class SseWriter {
  private readonly res: ServerResponse;
  private readonly meta: StreamMeta;

  constructor(res: ServerResponse, meta: StreamMeta) {
    this.res = res;
    this.meta = meta;
  }

  /** True once the response ended or the socket went away; later writes are dropped. */
  get closed(): boolean {
    return this.res.writableEnded || this.res.destroyed;
  }

  open(): void {
    if (this.res.headersSent || this.closed) return;
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
    });
    this.res.flushHeaders();
  }

  role(): void {
    this.chunk({ role: 'assistant', content: '' }, null);
  }

  content(text: string): void {
    this.chunk({ content: text }, null);
  }

  finish(reason: FinishReason): void {
    this.chunk({}, reason);
  }

  usage(usage: Usage): void {
    this.frame({ ...this.envelope(), choices: [], usage });
  }

  /** An SSE comment line; clients must ignore it (proxies send these as keep-alives). */
  comment(text: string): void {
    this.write(`: ${text}\n\n`);
  }

  /** Ends the stream the OpenAI way. */
  done(): void {
    this.write('data: [DONE]\n\n');
    if (!this.closed) this.res.end();
  }

  /** A mid-stream error frame as OpenAI sends it, then the end of the response (no [DONE]). */
  errorFrame(message: string): void {
    this.frame({ error: { message, type: 'server_error', param: null, code: null } });
    if (!this.closed) this.res.end();
  }

  private envelope(): Record<string, unknown> {
    return {
      id: this.meta.id,
      object: 'chat.completion.chunk',
      created: this.meta.created,
      model: this.meta.model,
      system_fingerprint: 'fp_test',
    };
  }

  private chunk(delta: Record<string, string>, finishReason: FinishReason | null): void {
    const choice = { index: 0, delta, logprobs: null, finish_reason: finishReason };
    this.frame({ ...this.envelope(), choices: [choice], ...(this.meta.includeUsage ? { usage: null } : {}) });
  }

  private frame(payload: unknown): void {
    this.write(`data: ${JSON.stringify(payload)}\n\n`);
  }

  private write(text: string): void {
    if (!this.closed) this.res.write(text);
  }
}
