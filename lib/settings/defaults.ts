// Owns the settings a new install starts with.
import { DEFAULT_AUTOCOMPLETE } from './autocomplete-schema';

export const DEFAULT_PROVIDER_ID = 'default';

export const DEFAULT_SYSTEM_PROMPT =
  'You are a writing assistant inside a web page. Reply with the text to insert only: no preamble, no quotes, no markdown fences.';

export const DEFAULT_SETTINGS_VALUE = {
  version: 7,
  providers: [
    {
      id: DEFAULT_PROVIDER_ID,
      kind: 'openai-compatible',
      name: 'Ollama',
      // A local model works with no key and no extra permission.
      baseUrl: 'http://localhost:11434/v1',
      headers: {},
      contextTokens: 8192,
    },
  ],
  chain: [{ providerId: DEFAULT_PROVIDER_ID, model: 'llama3.2' }],
  generation: {
    systemPrompt: DEFAULT_SYSTEM_PROMPT,
    concise: false,
    conciseWords: 80,
    maxTokens: 512,
    temperature: 0.7,
    transformTemperature: 0.2,
    language: '',
  },
  retry: { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 20_000, firstTokenTimeoutMs: 30_000, idleTimeoutMs: 20_000, deadlineMs: 120_000 },
  breaker: { failureThreshold: 3, cooldownMs: 30_000 },
  rateLimits: {},
  batching: { enabled: true, maxPromptTokens: 400, maxBatchSize: 10 },
  cache: {
    enabled: true,
    maxEntries: 1000,
    maxBytes: 10_000_000,
    ttlMs: 7 * 24 * 3_600_000,
    maxTemperature: 0.3,
    cacheAnyTemperature: true,
  },
  filter: {
    mode: 'mask',
    // Examples in English and Chinese; the user edits the list in the options page.
    words: ['fuck', 'shit', '他妈的', '傻逼'],
    patterns: [],
    moderation: { enabled: false },
  },
  prices: {
    'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
    'gpt-4.1-mini': { inputPerMillion: 0.4, outputPerMillion: 1.6 },
    'deepseek-chat': { inputPerMillion: 0.27, outputPerMillion: 1.1 },
    'claude-3-5-haiku-latest': { inputPerMillion: 0.8, outputPerMillion: 4 },
    'gemini-2.0-flash': { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  },
  snippets: [],
  templates: [],
  history: { enabled: true, maxEntries: 500 },
  disabledSites: [],
  allowedSites: [],
  profiles: [],
  autocomplete: DEFAULT_AUTOCOMPLETE,
} as const;
