// Bench page script: the page's autocomplete controller on a plain textarea, with a suggester that answers at
// once, and probes that time each keystroke (listener time, and keystroke to the next painted frame).
import { createAutocomplete } from '../../lib/content/autocomplete/controller';

interface Probe {
  listenerMs: number[];
  paintMs: number[];
}

const probe: Probe = { listenerMs: [], paintMs: [] };
let started = 0;

// Window capture runs before the controller's document capture listeners, the field's own listener after them.
window.addEventListener('keydown', () => (started = performance.now()), true);
window.addEventListener('input', () => (started = performance.now()), true);
const field = document.querySelector('textarea');
const stop = (event: Event) => {
  probe.listenerMs.push(performance.now() - started);
  if (event.type !== 'input') return;
  const typedAt = event.timeStamp;
  // The frame after this edit is the one that shows it: rAF, then a task after that frame's paint.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => probe.paintMs.push(performance.now() - typedAt);
    channel.port2.postMessage(null);
  });
};
field?.addEventListener('keydown', stop);
field?.addEventListener('input', stop);

const ANSWER = 'the quick reply to your message, which helped a lot.';
const controller = createAutocomplete({
  request: (_request, onEvent) => {
    queueMicrotask(() => onEvent({ type: 'done', text: ANSWER, source: 'model' }));
    return { abort: () => undefined };
  },
  report: () => undefined,
  isMac: false,
});

Object.assign(window, {
  benchAttach: () => controller.attach(document),
  benchProbe: () => {
    const taken = { listenerMs: [...probe.listenerMs], paintMs: [...probe.paintMs] };
    probe.listenerMs.length = 0;
    probe.paintMs.length = 0;
    return taken;
  },
});
