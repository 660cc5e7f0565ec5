// Owns the provider presets the options page offers: where each vendor lives and a model to start with.
import type { ProviderKind } from '../../lib/settings/provider-schema';
import type { MessageKey } from '../../lib/i18n/t';

export const PRESET_IDS = [
  'openai',
  'azure-openai',
  'anthropic',
  'gemini',
  'deepseek',
  'openrouter',
  'groq',
  'ollama',
  'lm-studio',
  'chrome-built-in',
  'custom',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface ProviderPreset {
  id: PresetId;
  // Brand names stay as written; the generic presets have translated names.
  name: string | MessageKey;
  kind: ProviderKind;
  baseUrl: string;
  model: string;
  needsKey: boolean;
  contextTokens: number;
  headers?: Record<string, string>;
  apiVersion?: string;
  baseUrlPlaceholder?: string;
  // Where a hosted provider hands out API keys ("Get an API key" in the onboarding).
  keyUrl?: string;
}

export const PRESETS: Record<PresetId, ProviderPreset> = {
  openai: { id: 'openai', keyUrl: 'https://platform.openai.com/api-keys', name: 'OpenAI', kind: 'openai-compatible', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', needsKey: true, contextTokens: 128_000 },
  'azure-openai': {
    id: 'azure-openai',
    keyUrl: 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI',
    name: 'Azure OpenAI',
    kind: 'azure-openai',
    baseUrl: '',
    baseUrlPlaceholder: 'https://your-resource.openai.azure.com',
    // On Azure the model field holds the deployment name.
    model: '',
    needsKey: true,
    contextTokens: 128_000,
    apiVersion: '2024-10-21',
  },
  anthropic: { id: 'anthropic', keyUrl: 'https://console.anthropic.com/settings/keys', name: 'Anthropic', kind: 'anthropic', baseUrl: 'https://api.anthropic.com/v1', model: 'claude-3-5-haiku-latest', needsKey: true, contextTokens: 200_000 },
  gemini: { id: 'gemini', keyUrl: 'https://aistudio.google.com/app/apikey', name: 'Google Gemini', kind: 'gemini', baseUrl: 'https://generativelanguage.googleapis.com/v1beta', model: 'gemini-2.0-flash', needsKey: true, contextTokens: 1_000_000 },
  deepseek: { id: 'deepseek', keyUrl: 'https://platform.deepseek.com/api_keys', name: 'DeepSeek', kind: 'openai-compatible', baseUrl: 'https://api.deepseek.com/v1', model: 'deepseek-chat', needsKey: true, contextTokens: 64_000 },
  openrouter: {
    id: 'openrouter',
    keyUrl: 'https://openrouter.ai/keys',
    name: 'OpenRouter',
    kind: 'openai-compatible',
    baseUrl: 'https://openrouter.ai/api/v1',
    model: 'openai/gpt-4o-mini',
    needsKey: true,
    contextTokens: 128_000,
    // OpenRouter's app attribution headers.
    headers: { 'X-Title': 'Draftsmith' },
  },
  groq: { id: 'groq', keyUrl: 'https://console.groq.com/keys', name: 'Groq', kind: 'openai-compatible', baseUrl: 'https://api.groq.com/openai/v1', model: 'llama-3.1-8b-instant', needsKey: true, contextTokens: 128_000 },
  ollama: { id: 'ollama', name: 'Ollama', kind: 'openai-compatible', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', needsKey: false, contextTokens: 8192 },
  'lm-studio': { id: 'lm-studio', name: 'LM Studio', kind: 'openai-compatible', baseUrl: 'http://localhost:1234/v1', model: '', needsKey: false, contextTokens: 8192 },
  'chrome-built-in': {
    id: 'chrome-built-in',
    name: 'opt_preset_chromeBuiltIn',
    kind: 'chrome-built-in',
    // Unused by this kind; loopback needs no permission.
    baseUrl: 'http://localhost/',
    model: 'gemini-nano',
    needsKey: false,
    contextTokens: 6144,
  },
  custom: {
    id: 'custom',
    name: 'opt_preset_custom',
    kind: 'openai-compatible',
    baseUrl: '',
    baseUrlPlaceholder: 'https://gateway.example.com/v1',
    model: '',
    needsKey: true,
    contextTokens: 128_000,
  },
};
