// Owns the system role: the user's prompt plus the data, language and concise-mode instructions, and the answer cap.
import type { GenerationPolicy } from '../settings/policy-schemas';
import { DATA_INSTRUCTION } from './fence-data';

// Concise mode caps the answer at ≈2 tokens per word: English averages ≈1.3 o200k tokens per word,
// so 2 leaves room for other languages and Markdown while still enforcing the saving, not just asking for it.
export const CONCISE_TOKENS_PER_WORD = 2;

export type SystemPolicy = Pick<GenerationPolicy, 'systemPrompt' | 'concise' | 'conciseWords' | 'language'>;

export function composeSystemPrompt(policy: SystemPolicy, hasData: boolean): string {
  const language = policy.language.trim();
  return [
    policy.systemPrompt.trim(),
    hasData ? DATA_INSTRUCTION : '',
    language ? `Answer in ${language}.` : '',
    policy.concise ? `Answer in at most ${policy.conciseWords} words.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function answerTokenCap(policy: Pick<GenerationPolicy, 'maxTokens' | 'concise' | 'conciseWords'>): number {
  if (!policy.concise) return policy.maxTokens;
  return Math.min(policy.maxTokens, policy.conciseWords * CONCISE_TOKENS_PER_WORD);
}
