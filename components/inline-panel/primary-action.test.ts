import { describe, expect, it } from 'vitest';
import { primaryAction, quoteStart, rewriteScope } from './primary-action';

const rework = { writes: 'replace' as const };
const prompt = { writes: 'insert' as const };

describe('primaryAction', () => {
  it.each([
    ['a rework action on a selection', { ask: rework, selection: 'team', fieldText: 'Dear team,' }, 'replace', 'selection'],
    ['a prompt on a selection', { ask: prompt, selection: 'team', fieldText: 'Dear team,' }, 'replace', 'selection'],
    ['a rework action with nothing selected', { ask: rework, selection: '', fieldText: 'Dear team,' }, 'replace', 'whole-field'],
    ['a prompt with nothing selected', { ask: prompt, selection: '', fieldText: 'Dear team,' }, 'insert', null],
    ['a rework action on an empty field', { ask: rework, selection: '', fieldText: '  ' }, 'insert', null],
    ['nothing asked yet, nothing selected', { ask: null, selection: '', fieldText: 'Dear team,' }, 'insert', null],
    ['nothing asked yet, a selection', { ask: null, selection: 'team', fieldText: 'Dear team,' }, 'replace', 'selection'],
    ['a selection of only spaces', { ask: prompt, selection: '   ', fieldText: 'a   b' }, 'insert', null],
  ] as const)('%s: %s', (_name, input, mode, scope) => {
    expect(primaryAction(input)).toBe(mode);
    expect(rewriteScope(input)).toBe(scope);
  });
});

describe('quoteStart', () => {
  it('keeps short text whole, on one line', () => {
    expect(quoteStart('Dear\n  team,')).toBe('Dear team,');
  });

  it('cuts long text with an ellipsis, counting characters not UTF-16 units', () => {
    expect(quoteStart('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(quoteStart('😀'.repeat(20), 5)).toBe('😀😀😀😀…');
  });
});
