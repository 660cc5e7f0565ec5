// Owns the Azure OpenAI request: deployment URL, api-version and api-key header; the chunks are OpenAI's.
import type { HttpRequest } from './http-stream';
import { joinUrl } from './http-stream';
import { buildRequestBody, streamChatCompletions } from './openai-compatible';
import type { ChatCall, ChatStream } from './types';

// The first GA version with stream_options and json_schema structured output.
export const DEFAULT_AZURE_API_VERSION = '2024-10-21';

// On Azure the "model" setting is the deployment name the user chose in the portal.
export function azureChatUrl(baseUrl: string, deployment: string, apiVersion?: string): string {
  const version = encodeURIComponent(apiVersion?.trim() || DEFAULT_AZURE_API_VERSION);
  return `${joinUrl(baseUrl, `openai/deployments/${encodeURIComponent(deployment)}/chat/completions`)}?api-version=${version}`;
}

export function azureHeaders(apiKey: string, extra: Record<string, string>): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'text/event-stream',
    ...(apiKey ? { 'api-key': apiKey } : {}),
    ...extra,
  };
}

export function buildAzureRequest(call: ChatCall): HttpRequest {
  return {
    url: azureChatUrl(call.provider.baseUrl, call.model, call.provider.apiVersion),
    headers: azureHeaders(call.apiKey, call.provider.headers),
    body: buildRequestBody(call),
    signal: call.signal,
  };
}

export const streamAzureOpenAi: ChatStream = (call, runtime) => streamChatCompletions(buildAzureRequest(call), runtime);
