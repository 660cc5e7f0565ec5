// Owns recognising the editors whose input needs something other than the generic order in editor-input.ts.
// Each check is a class or property lookup on the field and its ancestors: cheap, and exact for the editor's
// own markup, so a page that merely looks similar keeps the generic path.
import { GENERIC_PATHS, type InputPath } from '../editor-input';

export type CodeEditorKind = 'ace' | 'monaco';

export type EditorStrategy =
  // Ace and Monaco draw their text themselves and read input from a hidden element (a textarea, or an
  // EditContext element in Chrome): see code-editor.ts.
  | { kind: 'code'; editor: CodeEditorKind; root: HTMLElement }
  // A rich editor that handles the generic paths, but in another order: see each entry's reason below.
  | { kind: 'paths'; editor: string; paths: readonly InputPath[]; watch?: HTMLElement };

// Editor.js has no undo history of its own: its paste handler writes blocks that Ctrl+Z cannot take out,
// while the browser's own edit inside the block's contenteditable is undone in one step.
const EDITOR_JS: readonly InputPath[] = ['exec-command'];
// Toast UI's Markdown mode turns a pasted blank line into nothing, which joins two Markdown paragraphs into
// one; the browser's edit keeps the text as sent, and its ProseMirror view records it as one undo step.
const TOAST_UI_MARKDOWN: readonly InputPath[] = ['exec-command', 'paste'];

// Slate syncs its model's selection from the page's on a 100 ms throttle and skips it once focus has left the
// editor (for our panel), and its paste handler writes at the model's selection: the text would land where the
// user's previous selection was. Its beforeinput handler first selects the event's target range, so a paste
// sent that way lands where the user's selection is. Slate (Discord and others) claims it; else the generic order.
const SLATE: readonly InputPath[] = ['paste-input', ...GENERIC_PATHS];

export function detectEditor(field: HTMLElement): EditorStrategy | null {
  // The WordPress block editor: each block is its own editing host, and a pasted answer of several paragraphs
  // becomes new blocks after this one, leaving this block's text as it was. The generic order is right; the
  // check that it worked has to look at the whole block list, or the text would be written a second time.
  const blockList = field.classList.contains('block-editor-rich-text__editable') ? field.closest<HTMLElement>('.is-root-container') : null;
  if (blockList) return { kind: 'paths', editor: 'wordpress', paths: GENERIC_PATHS, watch: blockList };
  const code = codeEditorRoot(field);
  if (code) return { kind: 'code', ...code };
  if (field.isContentEditable && field.closest('.codex-editor__redactor')) return { kind: 'paths', editor: 'editor-js', paths: EDITOR_JS };
  if (field.isContentEditable && field.closest('[data-slate-editor="true"]')) return { kind: 'paths', editor: 'slate', paths: SLATE };
  if (field.classList.contains('ql-editor') && field.parentElement?.classList.contains('ql-container')) {
    // Quill and ProseMirror (Tiptap and others) take the generic order; their histories group by time, so an
    // insertion first closes the current step (closesUndoStep below).
    return { kind: 'paths', editor: 'quill', paths: GENERIC_PATHS };
  }
  if (field.classList.contains('ProseMirror') && field.closest('.toastui-editor.md-mode')) {
    // Its history groups by time as ProseMirror's does: the step is closed first as well.
    return { kind: 'paths', editor: 'toast-ui-markdown', paths: TOAST_UI_MARKDOWN };
  }
  if (field.classList.contains('ProseMirror')) return { kind: 'paths', editor: 'prosemirror', paths: GENERIC_PATHS };
  return null;
}

// Whether an insertion right after typing closes the typing's undo step first (close-undo-step.ts). Toast UI's
// Markdown mode is a ProseMirror view with its history.
const CLOSES_UNDO_STEP = new Set(['quill', 'prosemirror', 'toast-ui-markdown']);

export function closesUndoStep(strategy: EditorStrategy | null): boolean {
  return strategy?.kind === 'paths' && CLOSES_UNDO_STEP.has(strategy.editor);
}

// Rich editors whose history keeps an insertion made right after typing an undo step of its own, as the e2e shows
// for each with Tab right after the typing (tests/e2e/autocomplete.spec.ts): on their own, once the step is
// closed (Quill, ProseMirror, Toast UI), or because the insertion is the browser's own edit, which Chrome's
// history keeps apart from the typing (Editor.js). Any other rich field may group by time, so an accept there
// waits a moment after the last edit (lib/content/autocomplete/controller.ts).
const OWN_STEP_HOSTS = [
  '[data-lexical-editor]',
  '[data-slate-editor]',
  '.public-DraftEditor-content',
  '.ck-editor__editable',
  '.cm-content',
  '.mce-content-body',
].join(', ');

export function keepsInsertionApart(field: HTMLElement): boolean {
  const strategy = detectEditor(field);
  return closesUndoStep(strategy) || (strategy?.kind === 'paths' && strategy.editor === 'editor-js') || field.matches(OWN_STEP_HOSTS);
}

function codeEditorRoot(field: HTMLElement): { editor: CodeEditorKind; root: HTMLElement } | null {
  if (field instanceof HTMLTextAreaElement && field.classList.contains('ace_text-input')) {
    const root = field.closest<HTMLElement>('.ace_editor');
    return root ? { editor: 'ace', root } : null;
  }
  const monacoInput = field.classList.contains('native-edit-context') || (field instanceof HTMLTextAreaElement && field.classList.contains('inputarea'));
  if (monacoInput) {
    const root = field.closest<HTMLElement>('.monaco-editor');
    return root ? { editor: 'monaco', root } : null;
  }
  return null;
}

// Rich editors whose own input keeps a space at the start of inserted text as a plain space, as the e2e shows for
// each (tests/e2e/autocomplete.spec.ts, a suggestion that starts with a space after a typed-through word). Others
// drop it (Squire and the WordPress block editor turn the text into HTML, where a leading space collapses) or keep
// it as a no-break space (TinyMCE, RoosterJS); a plain contenteditable looks no different from those, so there the
// text is written with the character before it (rewrite-before-caret.ts).
const LEADING_SPACE_HOSTS = ['[data-lexical-editor]', '.public-DraftEditor-content', '.ck-editor__editable', '.cm-content'].join(', ');
const KEEPS_LEADING_SPACE = new Set(['quill', 'prosemirror', 'toast-ui-markdown', 'editor-js']);

export function keepsLeadingSpace(field: HTMLElement, strategy: EditorStrategy | null): boolean {
  if (strategy?.kind === 'code') return true;
  return (strategy !== null && KEEPS_LEADING_SPACE.has(strategy.editor)) || field.matches(LEADING_SPACE_HOSTS);
}
