// Owns the preview rows of a fill job: the model's values per field, ticked only where the field is empty or holds
// the page's untouched default, so nothing the user entered is overwritten without consent; the user's edits, and
// the writes a fill and an undo make.
import type { FieldWrite } from './agent-protocol';
import type { FilledField, Proposal } from './fill-job';
import { isEmptyValue, type FieldValue, type FormField } from './form-field';

export function sameFieldValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value) => b.includes(value));
  return a === b;
}

// A value of the type the field takes, whatever the preview or the model handed over.
export function coerceValue(field: FormField, value: FieldValue): FieldValue {
  if (field.kind === 'checkbox') return value === true || value === 'true';
  if (field.kind === 'select' && field.multiple) return Array.isArray(value) ? value : value === '' || typeof value === 'boolean' ? [] : [value];
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'boolean' ? String(value) : value;
}

// `answers` is by job field index (the model's f1, f2… keys minus one); null or absent means no value.
export function buildProposals(fields: readonly FormField[], answers: ReadonlyMap<number, FieldValue | null>): Proposal[] {
  return fields.map((field, index) => {
    const answer = answers.get(index);
    if (answer === undefined || answer === null) return { fieldId: field.id, value: field.value, apply: false, proposed: false };
    const value = coerceValue(field, answer);
    const changes = !sameFieldValue(value, field.value);
    return { fieldId: field.id, value, apply: changes && (isEmptyValue(field.value) || field.pageDefault), proposed: true };
  });
}

export function mergeEdits(fields: readonly FormField[], proposals: readonly Proposal[], edits: ReadonlyArray<Pick<Proposal, 'fieldId' | 'value' | 'apply'>>): Proposal[] {
  const byId = new Map(edits.map((edit) => [edit.fieldId, edit]));
  return proposals.map((proposal) => {
    const edit = byId.get(proposal.fieldId);
    const field = fields.find((candidate) => candidate.id === proposal.fieldId);
    if (!edit || !field) return proposal;
    return { ...proposal, value: coerceValue(field, edit.value), apply: edit.apply };
  });
}

export interface FrameWrites {
  frameId: number;
  fieldIds: string[];
  writes: FieldWrite[];
}

function addWrite(frames: Map<number, FrameWrites>, field: FormField, value: FieldValue, expected: FieldValue): void {
  const frame = frames.get(field.frameId) ?? { frameId: field.frameId, fieldIds: [], writes: [] };
  frames.set(field.frameId, frame);
  frame.fieldIds.push(field.id);
  frame.writes.push({ index: field.index, name: field.name, value, expected });
}

// Ticked rows whose value differs from the page's, expecting the field to still hold what was read.
export function fillWrites(fields: readonly FormField[], proposals: readonly Proposal[]): FrameWrites[] {
  const frames = new Map<number, FrameWrites>();
  for (const proposal of proposals) {
    const field = fields.find((candidate) => candidate.id === proposal.fieldId);
    if (!field || !proposal.apply || sameFieldValue(proposal.value, field.value)) continue;
    addWrite(frames, field, proposal.value, field.value);
  }
  return [...frames.values()];
}

// Back to the previous values, only where the field still holds what the fill wrote.
export function undoWrites(fields: readonly FormField[], filled: readonly FilledField[]): FrameWrites[] {
  const frames = new Map<number, FrameWrites>();
  for (const change of filled) {
    const field = fields.find((candidate) => candidate.id === change.fieldId);
    if (field) addWrite(frames, field, change.previous, change.current);
  }
  return [...frames.values()];
}
