// Owns the shape of the user's non-secret settings: the one zod schema and its type.
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  baseUrl: z
    .string()
    .trim()
    .url({ message: 'settings_error_baseUrl' })
    .refine((value) => /^https?:\/\//i.test(value), { message: 'settings_error_baseUrlScheme' }),
  model: z.string().trim().min(1, { message: 'settings_error_model' }).max(200),
  systemPrompt: z.string().max(4000),
  maxTokens: z.number().int().min(1).max(32_000),
  temperature: z.number().min(0).max(2),
  disabledSites: z.array(z.string().min(1).max(253)).max(1000),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  // Ollama's OpenAI-compatible endpoint: a local model works with no key and no extra permission.
  baseUrl: 'http://localhost:11434/v1',
  model: 'llama3.2',
  systemPrompt:
    'You are a writing assistant inside a web page. Reply with the text to insert only: no preamble, no quotes, no markdown fences.',
  maxTokens: 512,
  temperature: 0.7,
  disabledSites: [],
};
