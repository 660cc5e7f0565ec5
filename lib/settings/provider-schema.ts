// Owns the shape of a provider (where and how to call a model) and of a fallback target.
import { z } from 'zod';

export const ProviderKindSchema = z.enum(['openai-compatible', 'azure-openai', 'anthropic', 'gemini', 'chrome-built-in']);
export type ProviderKind = z.infer<typeof ProviderKindSchema>;

const HttpUrl = z
  .string()
  .trim()
  .url({ message: 'settings_error_baseUrl' })
  .refine((value) => /^https?:\/\//i.test(value), { message: 'settings_error_baseUrlScheme' });

export const ProviderSchema = z.object({
  id: z.string().min(1).max(64),
  kind: ProviderKindSchema,
  name: z.string().trim().min(1).max(80),
  // Ignored for chrome-built-in, which runs on the device.
  baseUrl: HttpUrl,
  // Sent with every request: gateways (LiteLLM, Portkey, Cloudflare) and OpenRouter use them.
  headers: z.record(z.string().max(100), z.string().max(2000)).default({}),
  // Azure OpenAI's api-version query parameter.
  apiVersion: z.string().max(40).optional(),
  // Tokens of context the model accepts; the prompt is trimmed to fit.
  contextTokens: z.number().int().min(512).max(10_000_000).default(128_000),
});
export type Provider = z.infer<typeof ProviderSchema>;

export const TargetSchema = z.object({
  providerId: z.string().min(1).max(64),
  model: z.string().trim().min(1, { message: 'settings_error_model' }).max(200),
});
export type Target = z.infer<typeof TargetSchema>;

export function targetId(target: Target): string {
  return `${target.providerId}/${target.model}`;
}
