import { describe, expect, it } from 'vitest';
import { MIRRORED_PROPERTIES, mirrorStyle, mirrorText, type StyleSource } from './text-mirror';

function computed(overrides: Partial<Record<string, string>> = {}): StyleSource {
  const style: Record<string, string> = {};
  for (const property of MIRRORED_PROPERTIES) style[property] = `${property}-value`;
  Object.assign(style, { paddingTop: '4px', paddingBottom: '6px', borderTopWidth: '1px', borderBottomWidth: '1px' }, overrides);
  return style as unknown as StyleSource;
}

describe('mirrorStyle', () => {
  it('copies every text-layout property of the field', () => {
    const style = mirrorStyle(computed({ fontFamily: 'Georgia', letterSpacing: '2px' }), {
      multiline: true,
      offsetWidth: 300,
      offsetHeight: 120,
      scrollsVertically: false,
    });
    expect(style.fontFamily).toBe('Georgia');
    expect(style.letterSpacing).toBe('2px');
    expect(style.tabSize).toBe('tabSize-value');
  });

  it('wraps like a textarea and reserves the scrollbar only when the field scrolls', () => {
    const box = { multiline: true, offsetWidth: 300, offsetHeight: 120, scrollsVertically: true };
    const scrolling = mirrorStyle(computed(), box);
    expect(scrolling).toMatchObject({ whiteSpace: 'pre-wrap', overflowY: 'scroll', width: '300px', height: '120px', boxSizing: 'border-box' });
    expect(mirrorStyle(computed(), { ...box, scrollsVertically: false }).overflowY).toBe('hidden');
  });

  it('keeps an input on one centred line', () => {
    const style = mirrorStyle(computed({ lineHeight: 'normal', overflowWrap: 'anywhere' }), {
      multiline: false,
      offsetWidth: 200,
      offsetHeight: 32,
      scrollsVertically: false,
    });
    expect(style.whiteSpace).toBe('pre');
    expect(style.overflowWrap).toBe('normal');
    // 32 - 4 - 6 padding - 1 - 1 border
    expect(style.lineHeight).toBe('20px');
  });

  it('stays hidden and out of the way of the page', () => {
    const style = mirrorStyle(computed(), { multiline: true, offsetWidth: 10, offsetHeight: 10, scrollsVertically: false });
    expect(style).toMatchObject({ visibility: 'hidden', pointerEvents: 'none', position: 'fixed' });
  });
});

describe('mirrorText', () => {
  it('gives a caret after a final newline a line of its own', () => {
    expect(mirrorText('a\n')).toBe('a\n\u200b');
    expect(mirrorText('')).toBe('\u200b');
  });
});
