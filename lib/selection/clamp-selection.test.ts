import { describe, expect, it } from 'vitest';
import { GenerationRequestSchema, MAX_CONTEXT_CHARS } from '../messaging/generation-schemas';
import { clampSelection, CUT_MARKER } from './clamp-selection';

describe('clampSelection', () => {
  it('leaves text within the limit alone', () => {
    expect(clampSelection('short', 10)).toEqual({ text: 'short', cutFrom: null });
    expect(clampSelection('x'.repeat(10), 10)).toEqual({ text: 'x'.repeat(10), cutFrom: null });
  });

  it('keeps both ends of a longer text and reports the original length', () => {
    const text = `START ${'m'.repeat(100)} END`;
    const { text: cut, cutFrom } = clampSelection(text, 30);
    expect(cutFrom).toBe(text.length);
    expect(cut).toHaveLength(30);
    expect(cut.startsWith('START')).toBe(true);
    expect(cut.endsWith('END')).toBe(true);
    expect(cut).toContain(CUT_MARKER);
  });

  it('makes a selection over the schema limit acceptable instead of rejected', () => {
    const huge = 'word '.repeat(60_000);
    expect(GenerationRequestSchema.safeParse({ prompt: 'p', source: 'context-menu', context: { selection: huge } }).success).toBe(false);
    const { text, cutFrom } = clampSelection(huge);
    expect(cutFrom).toBe(300_000);
    expect(text.length).toBeLessThanOrEqual(MAX_CONTEXT_CHARS);
    expect(GenerationRequestSchema.safeParse({ prompt: 'p', source: 'context-menu', context: { selection: text } }).success).toBe(true);
  });
});
