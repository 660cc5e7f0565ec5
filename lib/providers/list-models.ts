// Owns "Test connection": listing a provider's models through each vendor's models endpoint.
import { z } from 'zod';
import { GenerationError } from '../errors/generation-error';
import { anthropicHeaders } from './anthropic';
import { classifyAnthropicError } from './anthropic-errors';
import { CHROME_BUILT_IN_MODEL, isChromeBuiltInAvailable } from './chrome-built-in';
import { globalLanguageModel, type LanguageModelLike } from './chrome-language-model';
import { classifyHttpError, type HttpErrorClassifier } from './classify-http-error';
import { geminiHeaders } from './gemini';
import { classifyGeminiError } from './gemini-errors';
import { getJson, joinUrl } from './http-stream';
import { openAiHeaders } from './openai-compatible';
import type { ProviderRuntime } from './types';
import type { Provider } from '../settings/provider-schema';

const IdListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });
const GeminiListSchema = z.object({
  models: z.array(z.object({ name: z.string(), supportedGenerationMethods: z.array(z.string()).optional() })).default([]),
});

export async function listModels(
  provider: Provider,
  apiKey: string,
  runtime: ProviderRuntime,
  getLanguageModel: () => LanguageModelLike | undefined = globalLanguageModel,
): Promise<string[]> {
  const { baseUrl, headers } = provider;
  switch (provider.kind) {
    case 'openai-compatible': {
      const json = await fetchList(joinUrl(baseUrl, 'models'), openAiHeaders(apiKey, headers), runtime, classifyHttpError);
      return parseList(IdListSchema, json).data.map((model) => model.id);
    }
    case 'azure-openai':
      // Deployments cannot be listed with an api-key (only through Azure Resource Manager).
      return [];
    case 'anthropic': {
      const json = await fetchList(joinUrl(baseUrl, 'models?limit=1000'), anthropicHeaders(apiKey, headers), runtime, classifyAnthropicError);
      return parseList(IdListSchema, json).data.map((model) => model.id);
    }
    case 'gemini': {
      const json = await fetchList(joinUrl(baseUrl, 'models?pageSize=1000'), geminiHeaders(apiKey, headers), runtime, classifyGeminiError);
      return parseList(GeminiListSchema, json)
        .models.filter((model) => model.supportedGenerationMethods?.includes('generateContent') ?? false)
        .map((model) => model.name.replace(/^models\//, ''));
    }
    case 'chrome-built-in': {
      const availability = await isChromeBuiltInAvailable(getLanguageModel);
      if (availability === 'unavailable') {
        throw new GenerationError({ code: 'config', message: "Chrome's on-device model is not available in this browser." });
      }
      return [CHROME_BUILT_IN_MODEL];
    }
  }
}

function fetchList(url: string, headers: Record<string, string>, runtime: ProviderRuntime, classify: HttpErrorClassifier): Promise<unknown> {
  return getJson({ url, headers: { ...headers, accept: 'application/json' } }, runtime, classify);
}

function parseList<T>(schema: z.ZodType<T>, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new GenerationError({ code: 'server', message: 'The provider answered with an unexpected model list.' });
  return parsed.data;
}
