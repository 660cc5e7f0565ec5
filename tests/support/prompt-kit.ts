// Owns fixtures shared by the prompt tests: a real o200k counter, a policy, and a strict fence parser.
import type { ChatMessage } from '../../lib/providers/types';
import type { PromptPolicy } from '../../lib/prompts/build-prompt';
import { nodeRanksLoader } from './node-ranks-loader';
import { createTokenCounter } from '../../lib/prompts/token-count';

// One tokenizer per test file: building it is the slow part.
export const exactCounter = createTokenCounter(nodeRanksLoader);

export const basePolicy: PromptPolicy = {
  systemPrompt: 'You are a helpful writing assistant.',
  concise: false,
  conciseWords: 100,
  maxTokens: 500,
  language: '',
};

export function userContent(messages: readonly ChatMessage[]): string {
  return messages.find((message) => message.role === 'user')?.content ?? '';
}

export function systemContent(messages: readonly ChatMessage[]): string {
  return messages.find((message) => message.role === 'system')?.content ?? '';
}

export interface ParsedFences {
  blocks: { label: string; content: string }[];
  outside: string; // everything not inside a fenced block
}

// CommonMark's rule: a fence closes at the first line holding only a backtick run at least as long as
// the opening one (up to 3 spaces of indent). Unclosed fences run to the end, as in Markdown.
export function parseFences(text: string): ParsedFences {
  const blocks: ParsedFences['blocks'] = [];
  const outside: string[] = [];
  let open: { fence: number; label: string; lines: string[] } | null = null;
  for (const line of text.split('\n')) {
    if (open) {
      const close = /^ {0,3}(`+)[ \t]*$/.exec(line);
      if (close && (close[1]?.length ?? 0) >= open.fence) {
        blocks.push({ label: open.label, content: open.lines.join('\n') });
        open = null;
      } else open.lines.push(line);
      continue;
    }
    const start = /^ {0,3}(`{3,})(.*)$/.exec(line);
    if (start) open = { fence: start[1]?.length ?? 0, label: (start[2] ?? '').trim(), lines: [] };
    else outside.push(line);
  }
  if (open) blocks.push({ label: open.label, content: open.lines.join('\n') });
  return { blocks, outside: outside.join('\n') };
}
