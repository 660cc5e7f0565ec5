// Owns reusing suggestions: keyed by the normalised context, found again when the user types into a
// suggestion or backspaces to a prefix that was already answered. Pure, so the page and the worker share it.
export interface SuggestContext {
  // Whatever must match exactly for an answer to carry over: the model, the page's language.
  scope: string;
  before: string;
  after: string;
}

interface Entry extends SuggestContext {
  text: string;
  at: number;
}

export interface SuggestionCacheOptions {
  maxEntries?: number;
  ttlMs?: number;
  now?: () => number;
}

// Windows line ends and composed/decomposed accents must not make two identical contexts differ.
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

export function normalizeContext(context: SuggestContext): SuggestContext {
  return { scope: context.scope, before: normalizeText(context.before), after: normalizeText(context.after) };
}

// The key for coalescing identical requests in flight.
export function contextKey(context: SuggestContext): string {
  const normal = normalizeContext(context);
  return JSON.stringify([normal.scope, normal.before, normal.after]);
}

// What is left of a suggestion once `before` has grown (type-through) or shrunk back (backspace) to
// `now`; null when `now` left the suggestion's path.
export function remainderFor(entry: Pick<Entry, 'before' | 'text'>, now: string): string | null {
  if (!now.startsWith(entry.before)) return null;
  const whole = entry.before + entry.text;
  if (now.length >= whole.length || !whole.startsWith(now)) return null;
  return whole.slice(now.length);
}

export class SuggestionCache {
  private readonly entries: Entry[] = [];
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: SuggestionCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 200;
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.length;
  }

  put(context: SuggestContext, text: string): void {
    if (!text) return;
    const normal = normalizeContext(context);
    const index = this.entries.findIndex((entry) => sameContext(entry, normal));
    if (index >= 0) this.entries.splice(index, 1);
    this.entries.push({ ...normal, text: normalizeText(text), at: this.now() });
    if (this.entries.length > this.maxEntries) this.entries.shift();
  }

  // The longest answered prefix wins: it is the most recent thing the model saw.
  find(context: SuggestContext): string | null {
    const normal = normalizeContext(context);
    const oldest = this.now() - this.ttlMs;
    let best: { entry: Entry; rest: string } | null = null;
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i];
      if (!entry || entry.at < oldest || entry.scope !== normal.scope || entry.after !== normal.after) continue;
      const rest = remainderFor(entry, normal.before);
      if (rest !== null && (!best || entry.before.length > best.entry.before.length)) best = { entry, rest };
    }
    return best?.rest ?? null;
  }

  clear(): void {
    this.entries.length = 0;
  }
}

function sameContext(a: SuggestContext, b: SuggestContext): boolean {
  return a.scope === b.scope && a.before === b.before && a.after === b.after;
}
