// Owns the form agent that runs inside one frame: it lists the fields it may offer and writes values back.
// Plain DOM (no zod, no React): it is injected into pages on demand, only when the user opens the popup's form fill.
import { isSensitiveField } from '../dom/sensitive-field';
import type { AgentCommand, AgentResult, FieldWrite, WriteResult } from './agent-protocol';
import { childFrameOrigins } from './child-frames';
import { formGroupLabel } from './field-label';
import { findFields, type FieldTarget } from './find-fields';
import type { FieldValue, FrameFields } from './form-field';
import { describeField, readValue } from './read-field';
import { highlight, writeValue } from './write-field';

export interface FormAgent {
  run(command: AgentCommand): AgentResult;
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

export function createFormAgent(doc: Document): FormAgent {
  // The fields of the last extraction, so a fill reaches the very elements the user saw.
  let known: FieldTarget[] = [];

  const extract = (): FrameFields => {
    known = findFields(doc);
    const forms: Array<Element | null> = [];
    const fields = known.map((target, index) => {
      if (!forms.includes(target.form)) forms.push(target.form);
      return describeField(target, index, forms.indexOf(target.form));
    });
    return {
      url: doc.location.href.slice(0, 4000),
      title: doc.title.slice(0, 500),
      groups: forms.map((form) => ({ label: formGroupLabel(form) })),
      fields,
      frameOrigins: childFrameOrigins(doc),
    };
  };

  // The element list of the last extraction if it still stands, else a fresh look at the page.
  const locate = (index: number, name: string): FieldTarget | null => {
    const matches = (target: FieldTarget | undefined) =>
      target !== undefined && target.name.slice(0, 200) === name && target.elements.every((element) => element.isConnected);
    const cached = known[index];
    if (matches(cached)) return cached ?? null;
    known = findFields(doc);
    const fresh = known[index];
    return matches(fresh) ? (fresh ?? null) : null;
  };

  const write = (request: FieldWrite, show: boolean): WriteResult => {
    const { index, name } = request;
    const target = locate(index, name);
    if (!target) return { index, name, outcome: 'missing' };
    if (target.elements.some(isSensitiveField)) return { index, name, outcome: 'refused' };
    const previous = readValue(target);
    if (!sameValue(previous, request.expected)) return { index, name, outcome: 'changed', previous };
    if (!writeValue(target, request.value)) {
      // A half-taken value (a date input that cleared itself) is put back as it was.
      writeValue(target, previous);
      return { index, name, outcome: 'rejected', previous };
    }
    if (show) highlight(target);
    return { index, name, outcome: 'written', previous, current: readValue(target) };
  };

  return {
    run(command) {
      if (command.op === 'extract') return { op: 'extract', frame: extract() };
      return { op: 'fill', results: command.writes.map((request) => write(request, command.highlight)) };
    },
  };
}
