// Owns autocomplete in one document: keystroke listeners, the adaptive pause, one request at a time
// (aborted by any keystroke that makes it stale), type-through, reuse, and accepting through Insert's path.
import { sendMessage } from '../../messaging/messenger';
import type { SuggestOutcome, SuggestRequest } from '../../autocomplete/suggest-schemas';
import { remainderFor, SuggestionCache } from '../../autocomplete/suggestion-cache';
import { trimAfter, trimBefore } from '../../autocomplete/trim-context';
import { deepActiveElement, focusedTarget, isTextControl, toEditableField, type EditableField } from '../../dom/editable-field';
import { keepsInsertionApart } from '../../dom/editors/detect-editor';
import { insertIntoField, snapshotField, type InsertOutcome } from '../../dom/insert-text';
import type { AutocompleteApi } from '../autocomplete-api';
import { acceptsSuggestions, readCaretContext, type CaretContext } from './caret-context';
import { createFieldMemo } from './field-memo';
import { createGhostOverlay, type GhostOverlay } from './ghost-overlay';
import { AdaptivePause, endsMidWord, keyAction, nextWord } from './key-action';
import { requestSuggestion, type RequestSuggestion, type SuggestHandle } from './suggest-client';

export interface AutocompleteDeps {
  request: RequestSuggestion;
  report: (outcome: SuggestOutcome) => void;
  isMac: boolean;
}

interface Suggestion {
  field: EditableField;
  before: string;
  after: string;
  text: string;
  done: boolean;
  shown: boolean;
}

// A rich field whose editor is not known to keep an insertion apart (lib/dom/editors/detect-editor.ts) may group
// undo steps by time, as ProseMirror does by 500 ms, and fold an insertion right after typing into the typing's
// step; waiting this long after the last edit keeps the accepted text an undo step of its own there.
const UNDO_GROUP_MS = 520;

// After the daily cap stopped a request, the page waits this long before asking again.
const CAPPED_BACKOFF_MS = 60_000;
const MIN_BEFORE_CHARS = 3;

const defaultDeps = (): AutocompleteDeps => ({
  request: requestSuggestion,
  // A lost outcome (the worker restarting) only undercounts the dashboard; the typing must not wait on it.
  report: (outcome) => void sendMessage('autocompleteOutcome', { outcome }).catch(() => undefined),
  isMac: /mac/i.test(navigator.platform),
});

export function createAutocomplete(deps: AutocompleteDeps = defaultDeps()): AutocompleteApi {
  const cache = new SuggestionCache();
  const pause = new AdaptivePause();
  let doc: Document | null = null;
  let overlay: GhostOverlay | null = null;
  let active: Suggestion | null = null;
  let handle: SuggestHandle | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let composing = false;
  let accepting = false;
  let stoppedUntil = 0;
  let lastEditAt = 0;
  let lastEditDeleted = false;
  // Input events seen, so an edit whose beforeinput was cancelled is told from one that reported itself.
  let inputs = 0;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const abortRequest = () => {
    handle?.abort();
    handle = null;
  };
  const dismiss = () => {
    clearTimer();
    abortRequest();
    if (active?.shown && overlay?.isShown()) deps.report('dismissed');
    active = null;
    overlay?.hide();
  };

  const fields = createFieldMemo((target) => {
    const field = toEditableField(target);
    return field && acceptsSuggestions(field) ? field : null;
  });
  const fieldOf = (event: Event): EditableField | null => fields.resolve(focusedTarget(event));

  // Draws what is left of the suggestion for the field's current text; a suggestion the text has left is dropped.
  const paint = (context: CaretContext): boolean => {
    const suggestion = active;
    if (!suggestion || !overlay) return false;
    const rest = suggestion.after === context.after ? remainderFor(suggestion, context.before) : null;
    if (rest === null) return false;
    overlay.show(context, rest, () => {
      if (suggestion.shown) return;
      suggestion.shown = true;
      deps.report('shown');
    });
    return true;
  };

  // Scrolled or resized: the caret moved on screen, so it is measured again.
  const repaint = () => {
    if (!active || !overlay?.isShown()) return;
    overlay.invalidate();
    const context = readCaretContext(active.field);
    if (!context || !paint(context)) dismiss();
  };

  const start = (field: EditableField) => {
    timer = null;
    if (!doc || composing || Date.now() < stoppedUntil || !isFocused(doc, field)) return;
    const context = readCaretContext(field);
    if (!context || context.before.trim().length < MIN_BEFORE_CHARS) return;
    const suggestion: Suggestion = { field, before: context.before, after: context.after, text: '', done: false, shown: false };
    const request: SuggestRequest = {
      before: trimBefore(context.before),
      after: trimAfter(context.after),
      pageTitle: doc.title.slice(0, 500),
      language: (doc.documentElement.lang || '').slice(0, 40),
    };
    active = suggestion;
    handle = deps.request(request, (event) => {
      // A request the user typed past is aborted; anything it still sends is never shown.
      if (active !== suggestion) return;
      if (event.type === 'dropped') {
        handle = null;
        active = null;
        overlay?.hide();
        if (event.reason === 'capped') stoppedUntil = Date.now() + CAPPED_BACKOFF_MS;
        if (event.reason === 'off') api.detach();
        return;
      }
      suggestion.text = event.text;
      if (event.type === 'done') {
        handle = null;
        suggestion.done = true;
        cache.put({ scope: '', before: suggestion.before, after: suggestion.after }, event.text);
      }
      const now = readCaretContext(field);
      if (!now || !paint(now)) {
        if (suggestion.done) dismiss();
      }
    });
  };

  // After every edit: keep the suggestion if the user typed into it, reuse one already answered for this
  // text, or wait for a pause and ask.
  const refresh = (field: EditableField | null, deleting = false) => {
    clearTimer();
    const context = field ? readCaretContext(field) : null;
    if (!field || !context || isFull(field)) {
      dismiss();
      return;
    }
    if (active && active.field === field && paint(context)) return;
    dismiss();
    const reused = cache.find({ scope: '', before: context.before, after: context.after });
    if (reused !== null) {
      active = { field, before: context.before, after: context.after, text: reused, done: true, shown: false };
      if (paint(context)) return;
      active = null;
    }
    // Backspace only looks for an answered prefix: the user is correcting, not waiting for words.
    if (deleting) return;
    timer = setTimeout(() => start(field), pause.delayMs(endsMidWord(context.before)));
  };

  const accept = async (whole: boolean) => {
    const suggestion = active;
    const context = suggestion && readCaretContext(suggestion.field);
    const rest = suggestion && context ? remainderFor(suggestion, context.before) : null;
    if (!suggestion || !rest) return;
    const text = whole ? rest : nextWord(rest);
    abortRequest();
    suggestion.done = true;
    accepting = true;
    let outcome: InsertOutcome = 'rejected';
    try {
      const wait = isTextControl(suggestion.field) || keepsInsertionApart(suggestion.field) ? 0 : lastEditAt + UNDO_GROUP_MS - performance.now();
      // The ghost stays until the text is in, so nothing seems to vanish meanwhile.
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      overlay?.hide();
      // The same path as the panel's Insert: the editor's own input handling, one undo step.
      outcome = await insertIntoField(suggestion.field, text, snapshotField(suggestion.field), 'insert', { afterDeletion: lastEditDeleted });
    } finally {
      accepting = false;
    }
    // The field took none of it (an editor that refused the input): counted as what it was, not as an accept.
    deps.report(outcome === 'rejected' ? 'dismissed' : whole ? 'accepted-whole' : 'accepted-word');
    if (whole) active = null;
    refresh(suggestion.field);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (accepting) return;
    pause.keystroke();
    // None while keys keep coming: the pause starts again after the edit this key makes.
    clearTimer();
    if (editsText(event)) afterHandled(event, event.key === 'Backspace' || event.key === 'Delete');
    if (!active || !overlay?.isShown()) return;
    switch (keyAction(event, deps.isMac)) {
      case 'accept-all':
      case 'accept-word': {
        event.preventDefault();
        event.stopImmediatePropagation();
        void accept(event.key === 'Tab');
        return;
      }
      case 'dismiss':
        event.preventDefault();
        event.stopImmediatePropagation();
        dismiss();
        return;
      case 'cancel':
        dismiss();
        return;
      case 'pass':
        return;
    }
  };

  const edited = (field: EditableField | null, deleted: boolean, composition: boolean) => {
    inputs++;
    lastEditAt = performance.now();
    lastEditDeleted = deleted;
    if (composing || composition) {
      dismiss();
      return;
    }
    refresh(field, deleted);
  };
  const onInput = (event: Event) => {
    const input = event as InputEvent;
    if (!accepting) edited(fieldOf(event), input.inputType?.startsWith('delete') ?? false, input.isComposing);
  };
  // Editors that apply an edit themselves cancel the event that would have made it, and then no input event
  // follows: Lexical handles Backspace at its keydown, Slate at its beforeinput. Such an edit is read once the
  // editor's handlers have run, in the task after the event (whose target is resolved now: an event's
  // composed path is empty once its dispatch is over).
  const afterHandled = (event: Event, deleted: boolean) => {
    const seen = inputs;
    const field = fieldOf(event);
    if (!field) return;
    setTimeout(() => {
      if (inputs === seen && !accepting && event.defaultPrevented) edited(field, deleted, false);
    }, 0);
  };
  const onBeforeInput = (event: Event) => {
    const input = event as InputEvent;
    // A script's event is not the user typing: the panel's Insert sends some (editor-input.ts, close-undo-step.ts).
    if (!input.isTrusted) return;
    if (!accepting && !input.isComposing) afterHandled(event, input.inputType?.startsWith('delete') ?? false);
  };

  const onCompositionStart = () => {
    composing = true;
    dismiss();
  };
  const onCompositionEnd = (event: CompositionEvent) => {
    composing = false;
    refresh(fieldOf(event));
  };
  const onBlur = () => {
    if (accepting) return;
    fields.clear();
    dismiss();
  };
  const onPointer = () => {
    if (!accepting && active) dismiss();
  };

  const listeners: Array<[string, EventListener]> = [
    ['keydown', onKeyDown as EventListener],
    ['beforeinput', onBeforeInput],
    ['input', onInput],
    ['compositionstart', onCompositionStart],
    ['compositionend', onCompositionEnd as EventListener],
    ['focusout', onBlur],
    ['mousedown', onPointer],
    ['scroll', repaint],
  ];

  const api: AutocompleteApi = {
    attach(target) {
      if (doc) return;
      doc = target;
      overlay = createGhostOverlay(target);
      for (const [type, listener] of listeners) target.addEventListener(type, listener, true);
      target.defaultView?.addEventListener('resize', repaint);
    },
    detach() {
      if (!doc) return;
      dismiss();
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
      doc.defaultView?.removeEventListener('resize', repaint);
      overlay?.dispose();
      overlay = null;
      fields.clear();
      doc = null;
      cache.clear();
    },
  };
  return api;
}

function isFocused(doc: Document, field: EditableField): boolean {
  const active = doc.hasFocus() ? deepActiveElement(doc) : null;
  return active === field || (active !== null && field.contains(active));
}

// A key whose default action edits the text: a character, or a deletion.
function editsText(event: KeyboardEvent): boolean {
  if (event.isComposing || event.ctrlKey || event.metaKey) return false;
  return event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete';
}

// A text control at its maxlength takes no more text: a suggestion there could only be refused, so none is asked
// for or shown.
function isFull(field: EditableField): boolean {
  return isTextControl(field) && field.maxLength >= 0 && field.value.length >= field.maxLength;
}
