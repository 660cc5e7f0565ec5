// Owns streaming from Chrome's on-device model through an injected LanguageModel (Prompt API).
import { GenerationError } from '../errors/generation-error';
import { splitConversation } from './chat-turns';
import type { ChromeAvailability, LanguageModelCoreOptions, LanguageModelLike, LanguageModelPrompt } from './chrome-language-model';
import type { ChatCall, ChatStream, ProviderEvent, ResponseFormat } from './types';

export const CHROME_BUILT_IN_MODEL = 'gemini-nano';
const NOT_AVAILABLE = "Chrome's on-device model is not available in this browser.";

export interface ChromeBuiltInOptions {
  // A first run downloads the model (gigabytes, minutes); callers can show progress and hold off timeouts.
  onDownloadProgress?: (fraction: number) => void;
}

export async function isChromeBuiltInAvailable(getLanguageModel: () => LanguageModelLike | undefined): Promise<ChromeAvailability> {
  const model = getLanguageModel();
  if (!model) return 'unavailable';
  try {
    return await model.availability();
  } catch {
    // A browser whose model API throws here has no usable model: the same answer as 'unavailable'.
    return 'unavailable';
  }
}

export function createChromeBuiltInStream(
  getLanguageModel: () => LanguageModelLike | undefined,
  options: ChromeBuiltInOptions = {},
): ChatStream {
  return async function* (call) {
    const model = getLanguageModel();
    if (!model) throw new GenerationError({ code: 'config', message: NOT_AVAILABLE });
    try {
      yield* streamFrom(model, call, options);
    } catch (error) {
      throw fromDomException(error);
    }
  };
}

async function* streamFrom(model: LanguageModelLike, call: ChatCall, options: ChromeBuiltInOptions): AsyncGenerator<ProviderEvent> {
  const sampling = await samplingOptions(model, call.temperature);
  // 'downloadable' and 'downloading' still work: create() starts or joins the download.
  if ((await model.availability(sampling)) === 'unavailable') throw new GenerationError({ code: 'config', message: NOT_AVAILABLE });

  const { initialPrompts, input } = toPrompts(call);
  const session = await model.create({
    ...sampling,
    initialPrompts,
    signal: call.signal,
    monitor(monitor) {
      monitor.addEventListener('downloadprogress', (event) => options.onDownloadProgress?.(event.loaded));
    },
  });
  try {
    const stream = session.promptStreaming(input, { signal: call.signal, responseConstraint: responseConstraint(call.responseFormat) });
    yield* readChunks(stream);
    // The Prompt API reports no finish reason or token counts; the pipeline estimates usage.
    yield { type: 'finish', reason: 'stop' };
  } finally {
    session.destroy();
  }
}

// Chrome wants temperature and topK together or neither; without params() leave both to Chrome.
async function samplingOptions(model: LanguageModelLike, temperature: number): Promise<LanguageModelCoreOptions> {
  // params() is optional and may reject on older builds: Chrome's own defaults then apply.
  const params = model.params ? await model.params().catch(() => null) : null;
  if (!params) return {};
  return { temperature: Math.min(Math.max(0, temperature), params.maxTemperature), topK: params.defaultTopK };
}

// Earlier turns seed the session; the last user turn is the prompt.
export function toPrompts(call: ChatCall): { initialPrompts: LanguageModelPrompt[]; input: string } {
  const { system, turns } = splitConversation(call.messages);
  const last = turns.at(-1);
  const history = last?.role === 'user' ? turns.slice(0, -1) : turns;
  return {
    initialPrompts: [...(system !== undefined ? [{ role: 'system' as const, content: system }] : []), ...history],
    input: last?.role === 'user' ? last.content : '',
  };
}

function responseConstraint(format: ResponseFormat | undefined): Record<string, unknown> | undefined {
  if (!format) return undefined;
  return format.type === 'json_schema' ? format.schema : { type: 'object' };
}

// Chrome before 138 streamed the whole text so far in each chunk; now each chunk is new text.
// The first chunk after some text decides which, so a delta that happens to repeat it is rare.
export async function* readChunks(stream: ReadableStream<string>): AsyncGenerator<ProviderEvent> {
  const reader = stream.getReader();
  let soFar = '';
  let mode: 'unknown' | 'delta' | 'cumulative' = 'unknown';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (mode === 'unknown' && soFar !== '') mode = value.length > soFar.length && value.startsWith(soFar) ? 'cumulative' : 'delta';
      const cumulative = mode === 'cumulative' && value.startsWith(soFar);
      const text = cumulative ? value.slice(soFar.length) : value;
      soFar = cumulative ? value : soFar + value;
      if (text) yield { type: 'delta', text };
    }
  } finally {
    // Cancelling releases the session's stream when the consumer stops early; a closed one rejects harmlessly.
    reader.cancel().catch(() => undefined);
  }
}

// The Prompt API fails with DOMExceptions; give the ones we can explain an error class.
function fromDomException(error: unknown): unknown {
  if (!(error instanceof DOMException)) return error;
  switch (error.name) {
    case 'QuotaExceededError':
      return new GenerationError({ code: 'context-length', message: `The input is too long for the on-device model. ${error.message}`.trim() });
    case 'NotAllowedError':
      return new GenerationError({
        code: 'config',
        message: `Chrome did not allow the on-device model (a first download needs a click on the page, or a policy blocks it). ${error.message}`.trim(),
      });
    case 'NotSupportedError':
      return new GenerationError({ code: 'bad-request', message: error.message || 'The on-device model does not support this request.' });
    case 'AbortError':
      return error;
    default:
      return new GenerationError({ code: 'server', message: error.message || `The on-device model failed (${error.name}).` });
  }
}
