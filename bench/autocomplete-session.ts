// Autocomplete benchmark: a scripted typing session with realistic pauses, replayed through Draftsmith's
// request policy (adaptive pause, type-through, reuse of answered prefixes) and through a TabHere-style one
// (a request after every 500 ms pause, no reuse), on the same keystroke times: requests per 100 typed
// characters, and tokens wasted on requests a keystroke aborted.
import { AdaptivePause, endsMidWord } from '../lib/content/autocomplete/key-action';
import { remainderFor, SuggestionCache } from '../lib/autocomplete/suggestion-cache';
import { trimBefore } from '../lib/autocomplete/trim-context';
import { seededRandom } from './lib/seeded-random';
import { atMost, type Row } from './lib/table';

const SCRIPT =
  'Dear team, thanks for the quick turnaround on the draft. I read it this morning and it looks good to me. ' +
  'There are two small points I would like to raise before we send it out. First, the timeline in section two ' +
  'still shows the old dates, so please update them to match the plan we agreed on last week. Second, the budget ' +
  'table is missing the travel costs for the workshop in May. Could you add them and send me the new version by ' +
  'Friday? After that I will share it with the board. Thanks again for all the work on this. Best regards, Ann';

const SENTENCES = SCRIPT.split(/(?<=[.?!])\s+/).length;

// The loopback model's timing: first token after 150 ms, the rest of a short suggestion by 300 ms.
const FIRST_TOKEN_MS = 150;
const ANSWER_MS = 300;
// How often the model guesses the user's next words (the rest of their sentence); otherwise it suggests other words.
const HIT_RATE = 0.6;
// Instructions and fences around the text in every prompt, in characters.
const PROMPT_OVERHEAD_CHARS = 650;

interface Keystroke {
  at: number;
  // The field's text after this keystroke.
  text: string;
  // Backspace: the page then only looks for an answered prefix, it does not ask.
  deletion?: boolean;
}

// Typing with a rhythm of 90–220 ms per key, thinking pauses at some spaces and longer ones after sentences,
// and the odd typo put right with Backspace.
export function typingSession(seed = 7): Keystroke[] {
  const random = seededRandom(seed);
  const keys: Keystroke[] = [];
  let at = 0;
  let text = '';
  for (const char of SCRIPT) {
    if (random() < 0.03 && /[a-z]/.test(char)) {
      at += 90 + random() * 130;
      keys.push({ at, text: `${text}x` });
      at += 250 + random() * 200;
      keys.push({ at, text, deletion: true });
    }
    at += 90 + random() * 130;
    text += char;
    keys.push({ at, text });
    if (char === ' ' && /[.?!,]$/.test(text.trimEnd())) at += 800 + random() * 1200;
    else if (char === ' ' && random() < 0.12) at += 500 + random() * 1000;
  }
  return keys;
}

const tokens = (chars: number) => Math.ceil(chars / 4);

// What the loopback model answers for the text so far, deterministic per position.
function modelAnswer(text: string, hitRate: number): string {
  const rest = SCRIPT.slice(text.length);
  const sentence = /^[^.?!]*[.?!]?/.exec(rest)?.[0] ?? '';
  if (!SCRIPT.startsWith(text) || !sentence) return 'something else entirely.';
  const random = seededRandom(text.length * 31 + 1);
  return random() < hitRate ? sentence : 'something else entirely.';
}

interface Tally {
  requests: number;
  aborted: number;
  wastedTokens: number;
  shownFromCache: number;
}

interface Policy {
  // null: this keystroke starts no pause that could ask.
  delay(key: Keystroke): number | null;
  // Whether this keystroke keeps or finds a suggestion, so nothing is asked.
  served(key: Keystroke): boolean;
  answered(text: string, answer: string): void;
}

function replay(keys: Keystroke[], policy: Policy, hitRate = HIT_RATE): Tally {
  const tally: Tally = { requests: 0, aborted: 0, wastedTokens: 0, shownFromCache: 0 };
  keys.forEach((key, index) => {
    if (policy.served(key)) {
      tally.shownFromCache++;
      return;
    }
    const next = keys[index + 1]?.at ?? Number.POSITIVE_INFINITY;
    const delay = policy.delay(key);
    if (delay === null) return;
    const firesAt = key.at + delay;
    if (firesAt >= next) return;
    tally.requests++;
    const answer = modelAnswer(key.text, hitRate);
    const prompt = tokens(trimBefore(key.text).length + PROMPT_OVERHEAD_CHARS);
    if (firesAt + ANSWER_MS <= next) {
      policy.answered(key.text, answer);
      return;
    }
    // The next keystroke aborts it: the prompt is paid, and whatever streamed before the abort.
    tally.aborted++;
    const streamed = Math.max(0, (next - firesAt - FIRST_TOKEN_MS) / (ANSWER_MS - FIRST_TOKEN_MS));
    tally.wastedTokens += prompt + Math.round(tokens(answer.length) * Math.min(1, streamed));
  });
  return tally;
}

function draftsmithPolicy(): Policy {
  const cache = new SuggestionCache();
  const pause = new AdaptivePause(() => now);
  let now = 0;
  let active: { before: string; text: string } | null = null;
  return {
    delay: (key) => (key.deletion ? null : pause.delayMs(endsMidWord(key.text))),
    served(key) {
      now = key.at;
      pause.keystroke();
      if (active && remainderFor(active, key.text) !== null) return true;
      active = null;
      const reused = cache.find({ scope: '', before: key.text, after: '' });
      if (reused !== null) active = { before: key.text, text: reused };
      return reused !== null;
    },
    answered(text, answer) {
      cache.put({ scope: '', before: text, after: '' }, answer);
      active = { before: text, text: answer };
    },
  };
}

const tabHerePolicy = (): Policy => ({ delay: () => 500, served: () => false, answered: () => undefined });

export function autocompleteSession(): Row[] {
  const keys = typingSession();
  const typed = keys.length;
  const ours = replay(keys, draftsmithPolicy());
  const theirs = replay(keys, tabHerePolicy());
  // The floor of sentence-long suggestions: the same policy with a model that always guesses the rest of the
  // sentence still asks once for each sentence begun after a pause, since no answer reaches past its full stop.
  const oracle = replay(keys, draftsmithPolicy(), 1);
  const per100 = (count: number) => (count * 100) / typed;
  const oursRate = per100(ours.requests);
  const theirsRate = per100(theirs.requests);
  const note = `Autocomplete session: ${typed} keystrokes (typos and Backspace included) of a ${SCRIPT.length}-character email, simulated from seeded timings; the model guesses the rest of the sentence ${HIT_RATE * 100}% of the time; Draftsmith served ${ours.shownFromCache} keystrokes from the shown or cached suggestion. Uses the page's own AdaptivePause (longer mid-word, none after Backspace) and SuggestionCache.`;
  return [
    {
      group: 'A',
      name: 'Suggestion requests per 100 typed characters',
      value: oursRate,
      unit: 'requests',
      baseline: { value: theirsRate, label: 'TabHere-style: after every 500 ms pause, no reuse' },
      goal: { text: `≤ a third of the baseline (${(theirsRate / 3).toFixed(1)})`, met: atMost(oursRate, theirsRate / 3, 'requests').met },
      note,
    },
    {
      group: 'A',
      name: 'Suggestion requests per 100 typed characters, against a model that is always right',
      value: oursRate,
      unit: 'requests',
      baseline: { value: per100(oracle.requests), label: 'the same policy, the model always guessing the rest of the sentence' },
      goal: null,
      note: `The floor for suggestions that end at the sentence's end: ${oracle.requests} requests for the ${SENTENCES} sentences of the session (each begun after a pause needs its own; the pause after the last key asks once more, with nothing left to guess) against ${ours.requests} with the ${HIT_RATE * 100}% model; a third of the TabHere-style count is ${(theirs.requests / 3).toFixed(1)} requests.`,
    },
    {
      group: 'A',
      name: 'Tokens wasted on aborted suggestion requests, per 100 typed characters',
      value: per100(ours.wastedTokens),
      unit: 'tokens',
      baseline: { value: per100(theirs.wastedTokens), label: 'TabHere-style' },
      goal: null,
      note: `Aborted requests: ${ours.aborted} of ${ours.requests} (Draftsmith), ${theirs.aborted} of ${theirs.requests} (TabHere-style); wasted = prompt tokens plus what streamed before the abort.`,
    },
  ];
}
