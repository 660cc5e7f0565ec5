import { describe, expect, it, vi } from 'vitest';
import { onFirstInteraction } from './first-interaction';

// A document is an EventTarget with a selection here: all the module touches.
const newDocument = (selectionType = 'None', activeElement: unknown = null) =>
  Object.assign(new EventTarget(), { getSelection: () => ({ type: selectionType }), activeElement }) as unknown as Document;

describe('onFirstInteraction', () => {
  it.each(['focusin', 'pointerdown', 'keydown', 'selectionchange'])('runs once at the first %s, with its type', (type) => {
    const doc = newDocument();
    const run = vi.fn();
    onFirstInteraction(doc, run);
    expect(run).not.toHaveBeenCalled();
    doc.dispatchEvent(new Event(type));
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0]).toMatchObject({ type });
  });

  it('removes all its listeners at the first event: nothing runs per later keystroke or press', () => {
    const doc = newDocument();
    const run = vi.fn();
    onFirstInteraction(doc, run);
    doc.dispatchEvent(new Event('pointerdown'));
    for (const type of ['focusin', 'pointerdown', 'keydown', 'selectionchange', 'keydown']) doc.dispatchEvent(new Event(type));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('ignores what is not a sign of the user (scroll, mousemove, load)', () => {
    const doc = newDocument();
    const run = vi.fn();
    onFirstInteraction(doc, run);
    for (const type of ['scroll', 'mousemove', 'load', 'focusout', 'input']) doc.dispatchEvent(new Event(type));
    expect(run).not.toHaveBeenCalled();
  });

  it.each(['Caret', 'Range'])('runs at once when a %s is already in the document (a field focused, text selected before the script ran)', (type) => {
    const field = { id: 'autofocused' };
    const doc = newDocument(type, field);
    const run = vi.fn();
    onFirstInteraction(doc, run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0]).toEqual({ type: 'start', activeBefore: field, inField: false });
    // And it listens no more.
    doc.dispatchEvent(new Event('focusin'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a pointer press records what had focus before it, a focus event does not need to', () => {
    const field = { id: 'focused-by-page' };
    const pressed = newDocument('None', field);
    const onPress = vi.fn();
    onFirstInteraction(pressed, onPress);
    pressed.dispatchEvent(new Event('pointerdown'));
    expect(onPress.mock.calls[0]![0]).toMatchObject({ type: 'pointerdown', activeBefore: field });

    const focused = newDocument('None', field);
    const onFocus = vi.fn();
    onFirstInteraction(focused, onFocus);
    focused.dispatchEvent(new Event('focusin'));
    expect(onFocus.mock.calls[0]![0]).toMatchObject({ type: 'focusin', activeBefore: null });
  });

  it('stops waiting when told to', () => {
    const doc = newDocument();
    const run = vi.fn();
    const stop = onFirstInteraction(doc, run);
    stop();
    doc.dispatchEvent(new Event('focusin'));
    expect(run).not.toHaveBeenCalled();
  });
});
