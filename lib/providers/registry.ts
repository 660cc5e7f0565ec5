// Owns choosing the adapter for a provider kind, and re-exports model listing for the options page.
import type { ProviderKind } from '../settings/provider-schema';
import { streamAnthropic } from './anthropic';
import { streamAzureOpenAi } from './azure-openai';
import { createChromeBuiltInStream } from './chrome-built-in';
import { globalLanguageModel } from './chrome-language-model';
import { streamGemini } from './gemini';
import { streamOpenAiCompatible } from './openai-compatible';
import type { ChatStream } from './types';

export { listModels } from './list-models';

// A Record over every kind, so adding a kind without an adapter fails to compile.
const STREAMS: Record<ProviderKind, ChatStream> = {
  'openai-compatible': streamOpenAiCompatible,
  'azure-openai': streamAzureOpenAi,
  anthropic: streamAnthropic,
  gemini: streamGemini,
  // Looked up per call: the global may appear after an offscreen document loads.
  'chrome-built-in': createChromeBuiltInStream(globalLanguageModel),
};

export function streamFor(kind: ProviderKind): ChatStream {
  return STREAMS[kind];
}
