// Owns which page data enters the prompt, in what order, which part survives trimming, and the final messages.
import { z } from 'zod';
import { GenerationContextSchema, MAX_CONTEXT_CHARS } from '../messaging/generation-schemas';
import type { ChatMessage } from '../providers/types';
import { appendTurns, type ConversationTurn } from './conversation-turns';
import { fenceData } from './fence-data';
import { composeSystemPrompt, type SystemPolicy } from './system-prompt';

// The request context plus page text, which the pipeline may add (a no-op once the request schema carries it).
export const PromptContextSchema = GenerationContextSchema.extend({
  pageText: z.string().max(MAX_CONTEXT_CHARS).optional(),
});
export type PromptContext = z.infer<typeof PromptContextSchema>;

export const TrimmableFieldSchema = z.enum(['fieldText', 'selection', 'pageText']);
export type TrimmableField = z.infer<typeof TrimmableFieldSchema>;

export type BlockKey = TrimmableField | 'pageTitle' | 'fieldLabel';

// What survives when a block is too long: the field keeps its end (nearest the caret), a selection
// keeps both ends (openings and conclusions carry the most), page text keeps its start (title, lead).
export type KeepMode = 'start' | 'end' | 'ends';
export const KEEP_MODE: Record<TrimmableField, KeepMode> = { fieldText: 'end', selection: 'ends', pageText: 'start' };

export interface DataBlock {
  key: BlockKey;
  text: string;
}

// Broad context first, then what the user is working on, so the most specific text sits next to the answer.
const BLOCK_ORDER: readonly { key: BlockKey; label: string }[] = [
  { key: 'pageTitle', label: 'page_title' },
  { key: 'pageText', label: 'page_text' },
  { key: 'fieldLabel', label: 'field_label' },
  { key: 'fieldText', label: 'field_text' },
  { key: 'selection', label: 'selection' },
];

export function isTrimmable(key: BlockKey): key is TrimmableField {
  return TrimmableFieldSchema.safeParse(key).success;
}

export function collectBlocks(context: PromptContext): DataBlock[] {
  const blocks: DataBlock[] = [];
  for (const { key } of BLOCK_ORDER) {
    const text = context[key];
    if (text !== undefined && text.trim() !== '') blocks.push({ key, text });
  }
  return blocks;
}

function labelOf(key: BlockKey): string {
  return BLOCK_ORDER.find((entry) => entry.key === key)?.label ?? key;
}

// The user's instruction stays unfenced: it is theirs. Everything taken from the page is fenced as data.
// A refined answer continues the conversation: the first user message (instruction and data) stays as it
// was, followed by each earlier answer as the assistant's turn and each follow-up as a user turn.
export function renderMessages(
  policy: SystemPolicy,
  prompt: string,
  blocks: readonly DataBlock[],
  turns: readonly ConversationTurn[] = [],
): ChatMessage[] {
  const system = composeSystemPrompt(policy, blocks.length > 0);
  const fenced = blocks.map((block) => fenceData(labelOf(block.key), block.text));
  const user = [prompt, ...fenced].join('\n\n');
  const messages: ChatMessage[] = [];
  if (system) messages.push({ role: 'system', content: system });
  messages.push({ role: 'user', content: user });
  return appendTurns(messages, turns);
}
