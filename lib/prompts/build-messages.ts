// Owns turning a generation request into chat messages: system role, the user's instruction, fenced page data.
import type { GenerationRequest } from '../messaging/generation-schemas';
import type { ChatMessage } from '../providers/types';
import { DATA_INSTRUCTION, fenceData } from './fence-data';

export interface PromptSettings {
  systemPrompt: string;
}

export function buildMessages(request: GenerationRequest, settings: PromptSettings): ChatMessage[] {
  const { context } = request;
  const blocks: string[] = [];
  if (context.pageTitle) blocks.push(fenceData('page_title', context.pageTitle));
  if (context.fieldLabel) blocks.push(fenceData('field_label', context.fieldLabel));
  if (context.fieldText) blocks.push(fenceData('field_text', context.fieldText));
  if (context.selection) blocks.push(fenceData('selection', context.selection));

  const system = [settings.systemPrompt.trim(), blocks.length > 0 ? DATA_INSTRUCTION : '']
    .filter(Boolean)
    .join('\n\n');
  const user = blocks.length > 0 ? `${request.prompt}\n\n${blocks.join('\n\n')}` : request.prompt;
  const messages: ChatMessage[] = [];
  if (system) messages.push({ role: 'system', content: system });
  messages.push({ role: 'user', content: user });
  return messages;
}
