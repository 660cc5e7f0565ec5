// Deterministic reply text, word-based token counts and chunking, so tests can predict output.
import { isRecord } from './guards.ts';

export const REPLY_PREFIX = 'Draftsmith test reply: ';
const MAX_ECHO_CHARS = 200;

export interface ChatMessage {
  role: string;
  content: unknown;
}

/** Text of a message content: a string, or the `text` parts of a content-part array. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const parts: string[] = [];
  for (const part of content) {
    if (isRecord(part) && part.type === 'text' && typeof part.text === 'string') parts.push(part.text);
  }
  return parts.join(' ');
}

export function lastUserText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message?.role === 'user') return contentText(message.content);
  }
  return '';
}

/**
 * The reply sent when nothing is scripted: the prefix plus the last user message with
 * whitespace collapsed, the echoed part cut to 200 characters, trailing space trimmed.
 */
export function defaultReplyText(messages: readonly ChatMessage[]): string {
  const echoed = lastUserText(messages).replace(/\s+/g, ' ').trim().slice(0, MAX_ECHO_CHARS);
  return (REPLY_PREFIX + echoed).trimEnd();
}

/** Token estimate: one token per whitespace-separated word. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export function promptTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + countWords(contentText(message.content)), 0);
}

/** Cuts `text` to at most `maxTokens` words; `truncated` drives finish_reason 'length'. */
export function truncateToTokens(text: string, maxTokens: number | null): { text: string; truncated: boolean } {
  if (maxTokens === null || countWords(text) <= maxTokens) return { text, truncated: false };
  const words = text.match(/\s*\S+/g) ?? [];
  return { text: words.slice(0, maxTokens).join(''), truncated: true };
}

/**
 * Splits content into stream chunks: fixed `chunkSize` characters, or by default one word
 * plus its trailing whitespace (leading whitespace stays with the first word).
 */
export function splitIntoChunks(text: string, chunkSize?: number): string[] {
  if (text === '') return [];
  if (chunkSize !== undefined && chunkSize >= 1) {
    const size = Math.floor(chunkSize);
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
    return chunks;
  }
  const words = text.match(/\s*\S+\s*/g);
  return words && words.length > 0 ? words : [text];
}
