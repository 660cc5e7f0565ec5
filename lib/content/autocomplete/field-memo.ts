// Owns remembering which editable field the last keystroke's target resolved to. Resolving reads the field's
// labels and matches its names against the sensitive-field rules, most of a keystroke's cost when done for
// every key; the answer is kept until an attribute of the target or the field changes (a "show password"
// button flips `type`, a form sets `readonly`) or focus leaves. MutationObserver callbacks run before the
// next input event, so a field that became sensitive is never treated by the old answer.
import type { EditableField } from '../../dom/editable-field';

export interface FieldMemo {
  resolve(target: Element | null): EditableField | null;
  clear(): void;
}

export function createFieldMemo(resolveField: (target: Element | null) => EditableField | null): FieldMemo {
  let target: Element | null = null;
  let field: EditableField | null = null;
  let observer: MutationObserver | null = null;

  const clear = () => {
    observer?.disconnect();
    target = null;
    field = null;
  };

  return {
    resolve(next) {
      if (next && next === target) return field;
      clear();
      const resolved = resolveField(next);
      const view = next?.ownerDocument.defaultView;
      if (!next || !view || typeof view.MutationObserver !== 'function') return resolved;
      observer ??= new view.MutationObserver(clear);
      observer.observe(next, { attributes: true });
      if (resolved && resolved !== next) observer.observe(resolved, { attributes: true });
      target = next;
      field = resolved;
      return resolved;
    },
    clear,
  };
}
