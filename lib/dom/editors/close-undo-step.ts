// Owns closing an editor's current undo step before an insertion, so one Ctrl+Z takes out the insertion only.
//
// Two editors group undo by time, whatever the change: Quill folds every change made within a second of the start
// of its current step into that step, and prosemirror-history every change within 500 ms of the one before. An
// autocomplete accept a moment after typing would then be undone together with the words typed before it. Their
// cut-offs (Quill's history.cutoff(), ProseMirror's closeHistory) live in the page's world, out of a content
// script's reach; but in both an undo and a redo end the step (Quill's history.change() resets the step's start,
// prosemirror-history's histTransaction its prevTime), and both take each from a beforeinput event (historyUndo,
// historyRedo). An undo followed by the redo of the same step leaves the text and both stacks as they were, in one
// task (both apply each to the DOM synchronously, so nothing is painted between them); only the step is closed.
//
// When the undo changes nothing (an empty undo stack, or a version that ignores these events, as Quill 1 does),
// no redo is sent: there is no step to fold into, and a redo then could re-apply an older change.
import { settleSelection } from '../editor-input';
import { focusAndSelect, selectionIn } from '../rich-selection';
import { rangeAtOffsets, textOffsetIn } from '../text-offsets';

export async function closeUndoStep(host: HTMLElement): Promise<void> {
  const before = host.innerHTML;
  const selection = selectionIn(host);
  const span = selection && {
    start: textOffsetIn(host, selection.startContainer, selection.startOffset),
    end: textOffsetIn(host, selection.endContainer, selection.endOffset),
  };
  if (!history(host, 'historyUndo') || host.innerHTML === before) return;
  history(host, 'historyRedo');
  // Each editor puts its selection where the step began or ended; the user's own caret comes back.
  const range = span && rangeAtOffsets(host, span.start, span.end);
  // A caret the editor did not put back where it was has to reach the editor's model before the insertion.
  if (range && focusAndSelect(host, range)) await settleSelection();
}

// True when the editor claimed the event (both history handlers cancel it).
function history(host: HTMLElement, inputType: 'historyUndo' | 'historyRedo'): boolean {
  return !host.dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true, composed: true }));
}
