// Owns the optional moderation check: asks an OpenAI-compatible /moderations endpoint whether text is flagged.
import { z } from 'zod';
import { GenerationError, toGenerationError } from '../../errors/generation-error';
import { classifyHttpError } from '../../providers/classify-http-error';
import { joinUrl } from '../../providers/http-stream';

export const MODERATION_MODEL = 'omni-moderation-latest';

export const ModerationResponseSchema = z.object({
  results: z
    .array(
      z.object({
        flagged: z.boolean(),
        // Some compatible servers send null for categories they do not score.
        categories: z.record(z.string(), z.boolean().nullable()),
      }),
    )
    .min(1),
});

export const ModerationResultSchema = z.object({
  flagged: z.boolean(),
  // Names of the categories that were flagged, e.g. "harassment".
  categories: z.array(z.string()),
});
export type ModerationResult = z.infer<typeof ModerationResultSchema>;

export interface ModerationOptions {
  fetch: typeof fetch;
  baseUrl: string;
  apiKey: string;
  signal?: AbortSignal;
  model?: string;
  // For Retry-After dates; defaults to Date.now.
  now?: () => number;
}

export async function moderateText(text: string, options: ModerationOptions): Promise<ModerationResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  // Local servers need no key; an empty Bearer would confuse some of them.
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  let response: Response;
  try {
    response = await options.fetch(joinUrl(options.baseUrl, 'moderations'), {
      method: 'POST',
      headers,
      body: JSON.stringify({ input: text, model: options.model ?? MODERATION_MODEL }),
      signal: options.signal,
    });
  } catch (error) {
    // Abort stays 'aborted'; DNS, refused connections and CORS become 'network'.
    throw toGenerationError(error);
  }

  if (!response.ok) {
    // An unreadable error body still has its status, which is what the classifier needs most.
    const body = await response.text().catch(() => '');
    throw classifyHttpError(response.status, body, response.headers, (options.now ?? Date.now)());
  }

  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (options.signal?.aborted) throw toGenerationError(error);
    throw new GenerationError({ code: 'server', message: 'The moderation service answered with something other than JSON.' });
  }
  const parsed = ModerationResponseSchema.safeParse(json);
  const first = parsed.success ? parsed.data.results[0] : undefined;
  if (!first) throw new GenerationError({ code: 'server', message: 'The moderation service sent an answer we could not read.' });
  const categories = Object.entries(first.categories)
    .filter(([, on]) => on === true)
    .map(([name]) => name);
  return { flagged: first.flagged, categories };
}
