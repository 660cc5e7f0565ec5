import { describe, expect, it } from 'vitest';
import { buildProposals, fillWrites, mergeEdits, undoWrites } from './proposals';
import type { FieldValue } from './form-field';
import { makeField } from '../../tests/support/synthetic-fields';

const fields = [
  makeField({ kind: 'text', inputType: 'text', label: 'Name' }, 0),
  makeField({ kind: 'text', inputType: 'text', label: 'City', value: 'Berlin' }, 1),
  makeField({ kind: 'checkbox', inputType: 'checkbox', label: 'News' }, 2),
  makeField({ kind: 'select', inputType: '', label: 'Skills', multiple: true, options: [{ value: 'ts', label: 'TS' }] }, 3, 7),
  makeField({ kind: 'text', inputType: 'text', label: 'Same', value: 'kept' }, 4),
];

describe('proposals', () => {
  const proposals = buildProposals(fields, new Map<number, FieldValue>([[0, 'Ann'], [1, 'Paris'], [2, true], [3, ['ts']], [4, 'kept']]));

  it('ticks a proposal only where the field is empty and the value would change', () => {
    expect(proposals.map((p) => [p.value, p.apply, p.proposed])).toEqual([
      ['Ann', true, true],
      ['Paris', false, true],
      [true, true, true],
      [['ts'], true, true],
      ['kept', false, true],
    ]);
  });

  it('a field without an answer keeps its value, unticked', () => {
    const [row] = buildProposals([fields[1]!], new Map([[0, null]]));
    expect(row).toEqual({ fieldId: fields[1]!.id, value: 'Berlin', apply: false, proposed: false });
  });

  it('writes ticked rows, grouped by frame, expecting the values that were read', () => {
    const edited = mergeEdits(fields, proposals, [{ fieldId: fields[1]!.id, value: 'Paris', apply: true }]);
    const writes = fillWrites(fields, edited);
    expect(writes.map((frame) => [frame.frameId, frame.writes.map((write) => [write.name, write.value, write.expected])])).toEqual([
      [0, [['name', 'Ann', ''], ['city', 'Paris', 'Berlin'], ['news', true, false]]],
      [7, [['skills', ['ts'], []]]],
    ]);
  });

  it('an edit is coerced to the field’s type', () => {
    const [, , news] = mergeEdits(fields, proposals, [{ fieldId: fields[2]!.id, value: 'true', apply: true }]);
    expect(news?.value).toBe(true);
  });

  it('undo writes the previous values, expecting what the fill left', () => {
    const writes = undoWrites(fields, [{ fieldId: fields[0]!.id, previous: '', current: 'Ann' }]);
    expect(writes[0]?.writes).toEqual([{ index: 0, name: 'name', value: '', expected: 'Ann' }]);
  });
});
