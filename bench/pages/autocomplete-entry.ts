// Bench page script: the page's autocomplete controller on a plain textarea, with a suggester that answers at
// once, and probes that time each keystroke (listeners plus frame callbacks, and keystroke to the next painted frame).
import { instantController } from './instant-controller';

interface Probe {
  listenerMs: number[];
  paintMs: number[];
}

const probe: Probe = { listenerMs: [], paintMs: [] };
let started = 0;
// Main-thread time of the keystroke in progress: its keydown and input listeners, and the frame callbacks
// that ran before the next key (the controller draws the ghost in one), so deferred work is counted too.
let keystrokeMs: number | null = null;
const closeKeystroke = () => {
  if (keystrokeMs !== null) probe.listenerMs.push(keystrokeMs);
  keystrokeMs = null;
};

const nativeFrame = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) =>
  nativeFrame((time) => {
    const begin = performance.now();
    callback(time);
    if (keystrokeMs !== null) keystrokeMs += performance.now() - begin;
  });

// Window capture runs before the controller's document capture listeners, the field's own listener after them.
window.addEventListener(
  'keydown',
  () => {
    closeKeystroke();
    keystrokeMs = 0;
    started = performance.now();
  },
  true,
);
window.addEventListener('input', () => (started = performance.now()), true);
const field = document.querySelector('textarea');
const stop = (event: Event) => {
  if (keystrokeMs !== null) keystrokeMs += performance.now() - started;
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
const controller = instantController(ANSWER);

Object.assign(window, {
  benchAttach: () => controller.attach(document),
  benchProbe: () => {
    closeKeystroke();
    const taken = { listenerMs: [...probe.listenerMs], paintMs: [...probe.paintMs] };
    probe.listenerMs.length = 0;
    probe.paintMs.length = 0;
    return taken;
  },
});
