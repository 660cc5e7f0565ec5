// Owns closing Quill's current undo step before an insertion, so one Ctrl+Z takes out the insertion only.
//
// Quill's history folds every change made within `delay` (1 s by default) of the start of its current undo step
// into that step, whatever the change is. An autocomplete accept a moment after typing (Tab goes in some
// hundred ms after the suggestion shows) would then be undone together with the words typed before it. Quill
// keeps the cut-off (history.cutoff()) out of reach of a content script, but its undo and its redo both end the
// step (history.change() resets the step's start), and Quill 2 takes each from a beforeinput event
// (historyUndo, historyRedo). An undo followed by the redo of the same step leaves the text and both stacks as
// they were, in one task (Quill applies both to the DOM synchronously, so nothing is painted between them); only
// the step is closed.
//
// When the undo changes nothing (an empty undo stack, or a Quill that ignores these events, as Quill 1 does), no
// redo is sent: there is no step to fold into, and a redo then could re-apply an older change.
import { focusAndSelect, selectionIn } from '../rich-selection';
import { rangeAtOffsets, textOffsetIn } from '../text-offsets';

export function closeQuillStep(host: HTMLElement): void {
  const before = host.innerHTML;
  const selection = selectionIn(host);
  const span = selection && {
    start: textOffsetIn(host, selection.startContainer, selection.startOffset),
    end: textOffsetIn(host, selection.endContainer, selection.endOffset),
  };
  if (!history(host, 'historyUndo') || host.innerHTML === before) return;
  history(host, 'historyRedo');
  // Quill puts its selection where each step began; the user's own caret comes back.
  const range = span && rangeAtOffsets(host, span.start, span.end);
  if (range) focusAndSelect(host, range);
}

// True when the editor claimed the event (Quill's history handler cancels it).
function history(host: HTMLElement, inputType: 'historyUndo' | 'historyRedo'): boolean {
  return !host.dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true, composed: true }));
}
