import { describe, expect, it } from 'vitest';
import { planWrite, type WriteInput, type WritePlan } from './write-plan';

const input = (patch: Partial<WriteInput>): WriteInput => ({
  mode: 'insert',
  recorded: { start: 10, end: 10 },
  unchanged: true,
  current: null,
  length: 20,
  ...patch,
});

describe('planWrite', () => {
  it.each<[string, Partial<WriteInput>, WritePlan]>([
    ['Insert goes at the recorded caret', {}, { start: 10, end: 10, movedToCaret: false, wholeField: false }],
    ['Insert goes after a recorded selection, keeping it', { recorded: { start: 4, end: 9 } }, { start: 9, end: 9, movedToCaret: false, wholeField: false }],
    ['Replace writes over the recorded selection', { mode: 'replace', recorded: { start: 4, end: 9 } }, { start: 4, end: 9, movedToCaret: false, wholeField: false }],
    ['a backwards selection is normalised', { mode: 'replace', recorded: { start: 9, end: 4 } }, { start: 4, end: 9, movedToCaret: false, wholeField: false }],
    ['Replace with nothing selected takes the whole field', { mode: 'replace' }, { start: 0, end: 20, movedToCaret: false, wholeField: true }],
    [
      'a changed field gets the text at its current caret',
      { unchanged: false, current: { start: 3, end: 3 }, length: 25 },
      { start: 3, end: 3, movedToCaret: true, wholeField: false },
    ],
    [
      'a changed field never loses its current selection, even on Replace',
      { mode: 'replace', unchanged: false, current: { start: 2, end: 7 }, length: 25 },
      { start: 7, end: 7, movedToCaret: true, wholeField: false },
    ],
    ['a changed field without a caret gets the text at its end', { unchanged: false, length: 25 }, { start: 25, end: 25, movedToCaret: true, wholeField: false }],
    ['a caret past the end clamps', { unchanged: false, current: { start: 40, end: 40 }, length: 25 }, { start: 25, end: 25, movedToCaret: true, wholeField: false }],
  ])('%s', (_name, patch, expected) => {
    expect(planWrite(input(patch))).toEqual(expected);
  });
});
