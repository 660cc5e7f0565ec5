// Owns one generation from request to streamed events: settings, prompt, provider call, error mapping.
import { GenerationError, toGenerationError } from '../errors/generation-error';
import type { GenerationRequest, ServerEvent, Usage } from '../messaging/generation-schemas';
import { buildMessages } from '../prompts/build-messages';
import { streamOpenAiCompatible } from '../providers/openai-compatible';
import type { FinishReason, ProviderRuntime } from '../providers/types';
import type { Settings } from '../settings/schema';

export interface GenerationDeps {
  loadSettings: () => Promise<Settings>;
  getApiKey: () => Promise<string>;
  hasOriginPermission: (baseUrl: string) => Promise<boolean>;
  runtime: ProviderRuntime;
}

export type Emit = (event: ServerEvent) => void;

export async function runGeneration(
  request: GenerationRequest,
  deps: GenerationDeps,
  emit: Emit,
  signal: AbortSignal,
): Promise<void> {
  let receivedText = false;
  try {
    const settings = await deps.loadSettings();
    const target = settings.chain[0];
    const provider = settings.providers.find((candidate) => candidate.id === target?.providerId);
    if (!target || !provider) throw new GenerationError({ code: 'config', message: 'No model is configured.' });
    if (!(await deps.hasOriginPermission(provider.baseUrl))) {
      throw new GenerationError({ code: 'permission', message: new URL(provider.baseUrl).origin });
    }
    const apiKey = await deps.getApiKey();
    emit({ type: 'start', jobId: crypto.randomUUID(), model: target.model });
    let finishReason: FinishReason = 'stop';
    let usage: Usage | undefined;
    const stream = streamOpenAiCompatible(
      {
        provider,
        apiKey,
        model: target.model,
        messages: buildMessages(request, settings.generation),
        maxTokens: settings.generation.maxTokens,
        temperature: settings.generation.temperature,
        signal,
      },
      deps.runtime,
    );
    for await (const event of stream) {
      if (event.type === 'delta') {
        receivedText = true;
        emit({ type: 'delta', text: event.text });
      } else if (event.type === 'finish') {
        finishReason = event.reason;
      } else if (event.type === 'usage') {
        usage = { promptTokens: event.promptTokens, completionTokens: event.completionTokens, estimated: false };
      }
    }
    emit({ type: 'done', model: target.model, finishReason, usage });
  } catch (error) {
    const failure = signal.aborted ? new GenerationError({ code: 'aborted', message: 'Stopped.' }) : toGenerationError(error);
    emit({ type: 'error', error: failure.toInfo(), partial: receivedText });
  }
}
