// Owns turning a generation request into chat messages that fit the model's context, trimming page data if needed.
import type { GenerationPolicy } from '../settings/policy-schemas';
import { collectBlocks, renderMessages } from './data-blocks';
import { countMessages, estimateMessages } from './message-tokens';
import {
  DEFAULT_RESERVE_TOKENS,
  type BuiltPrompt,
  type PromptBudget,
  type PromptRequest,
  type TrimReport,
} from './prompt-schemas';
import { answerTokenCap } from './system-prompt';
import { styledInstruction } from './writing-style';
import type { TokenCounter } from './token-count';
import { fitBlocks } from './trim-blocks';

export type PromptPolicy = Pick<GenerationPolicy, 'systemPrompt' | 'concise' | 'conciseWords' | 'maxTokens' | 'language'>;

// Input must fit contextTokens − maxTokens − reserve. The free estimate settles most requests; the tokenizer
// is loaded only when the estimate says the prompt may not fit. Same input, same messages: the cache keys on them.
export async function buildPrompt(
  request: PromptRequest,
  policy: PromptPolicy,
  budget: PromptBudget,
  counter: TokenCounter,
): Promise<BuiltPrompt> {
  const maxTokens = answerTokenCap(policy);
  const available = budget.contextTokens - maxTokens - (budget.reserveTokens ?? DEFAULT_RESERVE_TOKENS);
  const blocks = collectBlocks(request.context);
  const instruction = styledInstruction(request.prompt, request.style, request.variant);
  const turns = request.turns ?? [];
  const messages = renderMessages(policy, instruction, blocks, turns);

  const estimate = estimateMessages(messages, counter);
  if (estimate <= available) return built(messages, maxTokens, estimate, false, []);
  const exact = await countMessages(messages, counter);
  if (exact <= available) return built(messages, maxTokens, exact, true, []);

  const fitted = await fitBlocks({ policy, prompt: instruction, turns, blocks, available, counter });
  return built(fitted.messages, maxTokens, fitted.promptTokens, true, fitted.trims);
}

function built(
  messages: BuiltPrompt['messages'],
  maxTokens: number,
  promptTokens: number,
  promptTokensExact: boolean,
  trims: TrimReport[],
): BuiltPrompt {
  return { messages, maxTokens, promptTokens, promptTokensExact, trimmed: largestTrim(trims), trims };
}

// The block that lost the most tokens; the first in prompt order on a tie.
function largestTrim(trims: readonly TrimReport[]): TrimReport | null {
  let largest: TrimReport | null = null;
  for (const trim of trims) {
    const lost = trim.originalTokens - trim.keptTokens;
    if (!largest || lost > largest.originalTokens - largest.keptTokens) largest = trim;
  }
  return largest;
}
