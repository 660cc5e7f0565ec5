// Owns reshaping chat messages for APIs that take the system prompt apart and want alternating turns.
import type { ChatMessage } from './types';

export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

export interface SplitConversation {
  // All system messages joined; undefined when there were none with text.
  system?: string;
  turns: Turn[];
}

// Anthropic and Gemini reject empty turns and (Gemini sometimes) two turns of one role in a row,
// so empty messages are dropped and neighbours of one role are joined by a blank line.
export function splitConversation(messages: readonly ChatMessage[]): SplitConversation {
  const systemParts: string[] = [];
  const turns: Turn[] = [];
  for (const message of messages) {
    if (message.content.trim() === '') continue;
    if (message.role === 'system') {
      systemParts.push(message.content);
      continue;
    }
    const last = turns.at(-1);
    if (last?.role === message.role) last.content = `${last.content}\n\n${message.content}`;
    else turns.push({ role: message.role, content: message.content });
  }
  return { system: systemParts.length > 0 ? systemParts.join('\n\n') : undefined, turns };
}
