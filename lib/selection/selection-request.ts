// Owns turning a selection job and the text it works on into a generation request for the port.
import type { GenerationContext, GenerationRequestInput, RequestLabel } from '../messaging/generation-schemas';
import { renderSelectionPrompt, type SelectionTarget } from '../prompts/selection-prompt';
import { clampSelection } from './clamp-selection';
import type { SelectionJob } from './selection-job';

// What the frame (or the result window) read: the selection, or a field's text when nothing was selected.
export interface SelectionSource {
  target: SelectionTarget;
  text: string;
  // The whole field when the selection is inside one, for templates that name {{field_text}}.
  fieldText?: string;
  fieldLabel?: string;
  // The frame's own title, used only when the background could not see the tab's.
  documentTitle?: string;
}

export function buildSelectionRequest(
  instruction: string,
  job: SelectionJob,
  source: SelectionSource,
  regenerate = false,
): GenerationRequestInput {
  const { prompt, uses } = renderSelectionPrompt(instruction, { target: source.target, language: job.language, pageUrl: job.pageUrl });
  const text = clampSelection(source.text).text;
  const context: GenerationContext = source.target === 'selection' ? { selection: text } : { fieldText: text };
  // Only the data the template refers to goes along: less page text leaves the page.
  if (uses.includes('field_text') && source.target === 'selection' && source.fieldText) {
    context.fieldText = clampSelection(source.fieldText).text;
  }
  const title = job.pageTitle ?? source.documentTitle;
  if (uses.includes('page_title') && title) context.pageTitle = title.slice(0, 500);
  if (uses.includes('field_label') && source.fieldLabel) context.fieldLabel = source.fieldLabel.slice(0, 500);
  if (job.pageUrl) context.pageUrl = job.pageUrl;
  // The history names what the user did: the menu's template, or the words they typed in the card.
  const label: RequestLabel = job.action.kind === 'template' ? { action: { kind: 'template', title: job.action.title } } : { action: { kind: 'prompt' }, words: instruction };
  // A menu template reworks the selection (rewrite, summarize, translate…): it runs at the transform temperature.
  const task = job.action.kind === 'template' ? 'transform' : 'compose';
  return { prompt, source: 'context-menu', context, regenerate, task, label };
}
