// Answers OpenAI's POST /v1/moderations deterministically: text containing FLAGME is flagged as harassment.
import type { ServerResponse } from 'node:http';
import { sendJson } from './http-utils.ts';

export const MODERATION_TRIGGER = 'FLAGME';

export function handleModeration(res: ServerResponse, body: unknown): void {
  const input = typeof body === 'object' && body !== null ? (body as { input?: unknown }).input : undefined;
  const texts = Array.isArray(input) ? input.map(String) : [String(input ?? '')];
  sendJson(res, 200, {
    id: 'modr-test',
    model: 'omni-moderation-latest',
    results: texts.map((text) => {
      const flagged = text.includes(MODERATION_TRIGGER);
      return { flagged, categories: { harassment: flagged, violence: false }, category_scores: { harassment: flagged ? 0.99 : 0.01, violence: 0.0 } };
    }),
  });
}
