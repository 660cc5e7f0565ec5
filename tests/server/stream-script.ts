// Plays a reply as a stream with its scripted fault (delays, keep-alives, stall, cut, error frame), for any wire format.
import type { ServerResponse } from 'node:http';
import { delay, untilAborted } from './delay.ts';
import type { ScriptedFault } from './faults.ts';

/** One vendor's framing; the script decides when each part is written. */
export interface StreamWriter {
  /** Status line, headers and whatever the vendor sends before the first content. */
  open(): void;
  content(text: string): void;
  /** What the vendor sends while idle: SSE comments, or Anthropic's ping events. */
  keepAlive(): void;
  /** The vendor's in-stream error, then the end of the response; undefined = its default message. */
  errorFrame(message: string | undefined): void;
  /** The finish frames (reason, usage, terminator), then the end of the response. */
  finish(): void;
}

export interface StreamScriptContext {
  res: ServerResponse;
  fault: ScriptedFault | null;
  /** Aborts when the client disconnects or the server closes. */
  signal: AbortSignal;
  defaultChunkDelayMs: number;
  /** Called before the server drops the socket itself, so it is not logged as a client abort. */
  onServerCut: () => void;
}

/** Drops the connection mid-response, after the bytes already written reach the client. */
export async function cutConnection(res: ServerResponse, onServerCut: () => void): Promise<void> {
  onServerCut();
  const socket = res.socket;
  if (!socket || socket.destroyed) return;
  // end() flushes pending writes then sends FIN; the chunked body stays unterminated.
  await new Promise<void>((resolve) => {
    socket.once('close', () => resolve());
    socket.end(() => resolve());
  });
  socket.destroy();
}

export async function runStreamScript(ctx: StreamScriptContext, chunks: readonly string[], writer: StreamWriter): Promise<void> {
  const { fault, signal } = ctx;
  const chunkDelay = fault?.chunkDelayMs ?? ctx.defaultChunkDelayMs;
  const keepAliveEvery = fault?.kind === 'keepalive' ? fault.everyMs : null;

  // Waits between frames; with the keepalive fault, fills the wait with keep-alives.
  const pause = async (ms: number): Promise<boolean> => {
    if (keepAliveEvery === null) return delay(ms, signal);
    writer.keepAlive();
    let left = ms;
    while (left > keepAliveEvery) {
      if (!(await delay(keepAliveEvery, signal))) return false;
      writer.keepAlive();
      left -= keepAliveEvery;
    }
    return delay(left, signal);
  };

  let firstWait = chunkDelay;
  if (fault?.kind === 'slow-first-token') firstWait = fault.ms;
  if (fault?.kind === 'keepalive') firstWait = fault.firstTokenMs ?? chunkDelay;
  const stopAfter = fault?.kind === 'error-frame' || fault?.kind === 'cut' || fault?.kind === 'stall' ? fault.afterChunks : Infinity;

  writer.open();
  for (const [index, chunk] of chunks.entries()) {
    if (index >= stopAfter) break;
    if (!(await pause(index === 0 ? firstWait : chunkDelay))) return;
    writer.content(chunk);
  }

  if (fault?.kind === 'stall') {
    await untilAborted(signal);
    return;
  }
  if (!(await pause(chunkDelay))) return;
  if (fault?.kind === 'error-frame') {
    writer.errorFrame(fault.message);
    return;
  }
  if (fault?.kind === 'cut') {
    await cutConnection(ctx.res, ctx.onServerCut);
    return;
  }
  writer.finish();
}
