import { describe, expect, it } from 'vitest';
import { compilePatterns, createPatternScanner, PATTERN_WINDOW } from './pattern-window';

describe('compilePatterns', () => {
  it('compiles valid patterns case-insensitive and skips invalid and duplicate ones', () => {
    const compiled = compilePatterns(['a/b', '(', 'a/b', 'x+']);
    expect(compiled.map((c) => c.source)).toEqual(['a/b', 'x+']);
    expect(compiled[0]?.regex.flags).toBe('giu');
  });
});

describe('createPatternScanner', () => {
  it('returns null when nothing compiles', () => {
    expect(createPatternScanner(['(', '['])).toBeNull();
  });

  it('keeps a match tentative until it is a window behind the head, then settles it once', () => {
    const scanner = createPatternScanner(['\\d+']);
    if (!scanner) throw new Error('no scanner');
    expect(scanner.push('ab 12 ')).toEqual({ settled: [], tentative: [{ start: 3, end: 5, pattern: '\\d+' }] });
    expect(scanner.settledTo()).toBe(0);
    const later = scanner.push('x'.repeat(PATTERN_WINDOW));
    expect(later.settled).toEqual([{ start: 3, end: 5, pattern: '\\d+' }]);
    expect(scanner.settledTo()).toBe(6);
    expect(scanner.push('y').settled).toEqual([]);
  });

  it('ignores a match that touches the head until more text arrives', () => {
    const scanner = createPatternScanner(['\\b\\d{3}\\b']);
    if (!scanner) throw new Error('no scanner');
    expect(scanner.push('n 123').tentative).toEqual([]);
    expect(scanner.push('4 ').tentative).toEqual([]);
    expect(scanner.end().settled).toEqual([]);
  });

  it('settles everything at the end, where $ is the real end', () => {
    const scanner = createPatternScanner(['end$']);
    if (!scanner) throw new Error('no scanner');
    expect(scanner.push('the end')).toEqual({ settled: [], tentative: [] });
    expect(scanner.end().settled).toEqual([{ start: 4, end: 7, pattern: 'end$' }]);
  });

  it('sees the text before the scan start, so \\b is not fooled by the window edge', () => {
    const scanner = createPatternScanner(['\\b\\d{3}\\b']);
    if (!scanner) throw new Error('no scanner');
    scanner.push('x'.repeat(PATTERN_WINDOW + 10));
    expect(scanner.push('123 ').tentative).toEqual([]);
    expect(scanner.end().settled).toEqual([]);
  });

  it('steps over empty matches, even before a surrogate pair', () => {
    const scanner = createPatternScanner(['q*', 'b']);
    if (!scanner) throw new Error('no scanner');
    scanner.push('a😀😀b ');
    expect(scanner.end().settled).toEqual([{ start: 5, end: 6, pattern: 'b' }]);
  });

  it('does not cut a surrogate pair at the window edge', () => {
    const scanner = createPatternScanner(['😀']);
    if (!scanner) throw new Error('no scanner');
    // The pair sits at head - PATTERN_WINDOW - 1 and head - PATTERN_WINDOW.
    const first = scanner.push('ab😀' + 'x'.repeat(PATTERN_WINDOW - 1));
    expect(first.settled).toEqual([]);
    expect(scanner.settledTo()).toBe(2);
    expect(scanner.push('y').settled).toEqual([{ start: 2, end: 4, pattern: '😀' }]);
    expect(scanner.end().settled).toEqual([]);
  });
});
