// Owns the autocomplete prompt: the text before and after the caret fenced as data, the page title and
// the page's language, asking for the next few words only.
import type { SuggestRequest } from '../autocomplete/suggest-schemas';
import type { ChatMessage } from '../providers/types';
import { DATA_INSTRUCTION, fenceData } from './fence-data';
import { resolveLanguage } from './language-name';

// A few dozen tokens: one sentence or line, never a paragraph.
export const SUGGEST_MAX_TOKENS = 32;
export const SUGGEST_TEMPERATURE = 0.2;
// Sent to providers that take stop sequences; cut-suggestion.ts cuts the same way for the others.
export const SUGGEST_STOP = ['\n'];

const SYSTEM =
  'You complete text as the user types it in a web page. Reply with only the words that come next at the caret: ' +
  'at most one sentence or the rest of the line, no quotes, no explanations, nothing that repeats the text before the caret. ' +
  'Reply with nothing if no continuation is likely.';

export function buildSuggestPrompt(request: SuggestRequest): ChatMessage[] {
  const language = request.language.trim() ? resolveLanguage('', request.language) : '';
  const parts = [
    request.pageTitle.trim() ? fenceData('page_title', request.pageTitle.trim()) : '',
    fenceData('text_before_caret', request.before),
    request.after ? fenceData('text_after_caret', request.after) : '',
    language ? `Write in ${language}, the language of the page.` : 'Write in the language of the text before the caret.',
    'Continue the text before the caret.',
  ];
  return [
    { role: 'system', content: `${SYSTEM}\n\n${DATA_INSTRUCTION}` },
    { role: 'user', content: parts.filter(Boolean).join('\n\n') },
  ];
}
