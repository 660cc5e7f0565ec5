// Bench page script: the page's autocomplete controller on an editor page of the e2e suite, with a suggester that
// answers at once, and a probe that times Tab to the accepted text being in the field (the DOM the editor wrote).
import { instantController } from './instant-controller';

const ANSWER = 'the quick reply to your message.';
const ACCEPTED = 'quick reply to your message.';

const taken: number[] = [];
let tabAt: number | null = null;

const fieldText = (field: Element): string => (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : (field.textContent ?? ''));

// Window capture runs before the controller's document capture listener, which takes the Tab.
window.addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Tab') return;
    tabAt = performance.now();
    const field = document.activeElement;
    if (!field) return;
    // The editor writes the text in its own handler; each mutation (or input event) checks whether it is in yet.
    const check = () => {
      if (tabAt === null || !fieldText(field).includes(ACCEPTED)) return;
      taken.push(performance.now() - tabAt);
      tabAt = null;
      observer.disconnect();
      field.removeEventListener('input', check);
    };
    const observer = new MutationObserver(check);
    observer.observe(field, { subtree: true, childList: true, characterData: true });
    field.addEventListener('input', check);
  },
  true,
);

const controller = instantController(ANSWER);
controller.attach(document);

Object.assign(window, {
  benchTaken: () => taken.splice(0),
});
