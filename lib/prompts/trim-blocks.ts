// Owns fitting page data into what the context window leaves: the largest blocks are trimmed first, else it fails.
import { GenerationError } from '../errors/generation-error';
import type { ChatMessage } from '../providers/types';
import type { ConversationTurn } from './conversation-turns';
import { isTrimmable, KEEP_MODE, renderMessages, type DataBlock } from './data-blocks';
import { fitText, MIN_KEPT_TOKENS } from './fit-text';
import { countMessages } from './message-tokens';
import type { TrimReport } from './prompt-schemas';
import type { SystemPolicy } from './system-prompt';
import type { TokenCounter } from './token-count';
import { waterLevel } from './water-level';

export interface FitBlocksInput {
  policy: SystemPolicy;
  prompt: string;
  // Follow-up turns are never trimmed: they are the conversation being continued.
  turns?: readonly ConversationTurn[];
  blocks: readonly DataBlock[];
  available: number;
  counter: TokenCounter;
}

export interface FitBlocksResult {
  messages: ChatMessage[];
  promptTokens: number;
  trims: TrimReport[];
}

export async function fitBlocks({ policy, prompt, turns, blocks, available, counter }: FitBlocksInput): Promise<FitBlocksResult> {
  const render = (kept: readonly DataBlock[]) => renderMessages(policy, prompt, kept, turns);
  const sizes = new Map<DataBlock, number>();
  for (const block of blocks) if (isTrimmable(block.key)) sizes.set(block, await counter.count(block.text));
  // Everything but the trimmable contents (their fences stay) is fixed; the contents share the rest.
  const skeleton = blocks.map((block) => (sizes.has(block) ? { ...block, text: '' } : block));
  let capacity = available - (await countMessages(render(skeleton), counter));
  // Block estimates ignore how tokens merge where pieces meet; the exact total decides, and any overflow
  // is taken off the next level.
  for (let attempt = 0; attempt < 4 && capacity > 0; attempt++) {
    const level = waterLevel([...sizes.values()], capacity);
    const fitted = await applyLevel(blocks, sizes, level, counter);
    const messages = render(fitted.blocks);
    const promptTokens = await countMessages(messages, counter);
    if (promptTokens <= available) return { messages, promptTokens, trims: fitted.trims };
    capacity -= promptTokens - available;
  }
  const bare = blocks.filter((block) => !sizes.has(block));
  const messages = render(bare);
  const promptTokens = await countMessages(messages, counter);
  if (promptTokens > available) {
    throw new GenerationError({
      code: 'context-length',
      message:
        `The instruction needs ${promptTokens} tokens, but only ${Math.max(0, available)} fit in the model's ` +
        'context after the room kept for the answer. Shorten the instruction or the system prompt, or lower max tokens.',
    });
  }
  const trims = [...sizes].map(([block, size]) => report(block, size, 0));
  return { messages, promptTokens, trims };
}

async function applyLevel(
  blocks: readonly DataBlock[],
  sizes: ReadonlyMap<DataBlock, number>,
  level: number,
  counter: TokenCounter,
): Promise<{ blocks: DataBlock[]; trims: TrimReport[] }> {
  const kept: DataBlock[] = [];
  const trims: TrimReport[] = [];
  for (const block of blocks) {
    const size = sizes.get(block);
    if (size === undefined || size <= level || !isTrimmable(block.key)) {
      kept.push(block);
      continue;
    }
    const fitted = level >= MIN_KEPT_TOKENS ? await fitText(block.text, level, KEEP_MODE[block.key], counter, size) : null;
    if (fitted) kept.push({ key: block.key, text: fitted.text });
    trims.push(report(block, size, fitted?.keptTokens ?? 0));
  }
  return { blocks: kept, trims };
}

function report(block: DataBlock, originalTokens: number, keptTokens: number): TrimReport {
  if (!isTrimmable(block.key)) throw new Error(`Block ${block.key} is never trimmed.`);
  return { field: block.key, originalTokens, keptTokens };
}
