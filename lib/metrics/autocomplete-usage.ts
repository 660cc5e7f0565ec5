// Owns the autocomplete counters per local day (shown, accepted, dismissed, requests, aborted and their
// wasted tokens, tokens and cost) and the daily cap they are checked against.
import { z } from 'zod';
import type { KeyValueStore } from '../pipeline/kv-store';
import type { AutocompleteSettings } from '../settings/autocomplete-schema';
import { reportDiagnostic } from '../diagnostics/diagnostics-log';

const count = z.number().int().nonnegative();

export const AutocompleteDaySchema = z.object({
  // YYYY-MM-DD in local time.
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  requests: count,
  // Answered from the suggestion cache or joined a request already in flight: no tokens spent.
  reused: count,
  // Dropped before any call: the target was busy or paused, or the cap was reached.
  dropped: count,
  aborted: count,
  wastedTokens: count,
  promptTokens: count,
  completionTokens: count,
  costUsd: z.number().nonnegative().finite(),
  shown: count,
  acceptedWhole: count,
  acceptedWord: count,
  dismissed: count,
});
export type AutocompleteDay = z.infer<typeof AutocompleteDaySchema>;
export type AutocompleteCounter = Exclude<keyof AutocompleteDay, 'day'>;

export type CapState = { reached: false } | { reached: true; kind: 'tokens' | 'cost' };

// Kept this many days for the dashboard; older days are dropped on write.
export const KEEP_DAYS = 30;

export function localDay(at: number): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function emptyDay(day: string): AutocompleteDay {
  return {
    day,
    requests: 0,
    reused: 0,
    dropped: 0,
    aborted: 0,
    wastedTokens: 0,
    promptTokens: 0,
    completionTokens: 0,
    costUsd: 0,
    shown: 0,
    acceptedWhole: 0,
    acceptedWord: 0,
    dismissed: 0,
  };
}

export function capState(day: AutocompleteDay, caps: Pick<AutocompleteSettings, 'dailyTokenCap' | 'dailyCostCapUsd'>): CapState {
  const tokens = day.promptTokens + day.completionTokens;
  if (caps.dailyTokenCap !== null && tokens >= caps.dailyTokenCap) return { reached: true, kind: 'tokens' };
  if (caps.dailyCostCapUsd !== null && day.costUsd >= caps.dailyCostCapUsd) return { reached: true, kind: 'cost' };
  return { reached: false };
}

export interface AutocompleteUsage {
  today(): Promise<AutocompleteDay>;
  add(changes: Partial<Record<AutocompleteCounter, number>>): Promise<AutocompleteDay>;
  days(): Promise<AutocompleteDay[]>;
  clear(): Promise<void>;
}

// Writes go one after another, so counts from overlapping requests are never lost to a race.
export function createAutocompleteUsage(store: KeyValueStore<unknown>, now: () => number): AutocompleteUsage {
  let chain: Promise<unknown> = Promise.resolve();
  // The day as last read or written: when storage fails to read, counting goes on from here rather than from
  // zero, which would quietly lift the user's daily cap.
  let known: AutocompleteDay | null = null;
  const read = async (day: string): Promise<AutocompleteDay> => {
    let raw: unknown;
    try {
      raw = await store.get(day);
    } catch (error) {
      reportDiagnostic({ stage: 'metrics', operation: 'read autocomplete usage', error, level: 'warn' });
      return known?.day === day ? known : emptyDay(day);
    }
    const parsed = AutocompleteDaySchema.safeParse(raw);
    known = parsed.success ? parsed.data : emptyDay(day);
    return known;
  };
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
  const prune = async (today: string) => {
    const cutoff = localDay(now() - KEEP_DAYS * 86_400_000);
    for (const [key] of await store.entries()) if (key < cutoff && key !== today) await store.delete(key);
  };
  return {
    today: () => serial(() => read(localDay(now()))),
    add: (changes) =>
      serial(async () => {
        const day = localDay(now());
        const current = await read(day);
        const next = { ...current };
        for (const [key, amount] of Object.entries(changes) as Array<[AutocompleteCounter, number]>) {
          next[key] = Math.max(0, current[key] + (Number.isFinite(amount) ? amount : 0));
        }
        known = next;
        await store.set(day, next);
        if (current.requests + current.shown === 0) {
          await prune(day).catch((error: unknown) => reportDiagnostic({ stage: 'metrics', operation: 'prune autocomplete usage', error, level: 'warn' }));
        }
        return next;
      }),
    days: async () => {
      const entries = await store.entries().catch(() => []);
      return entries
        .map(([, value]) => AutocompleteDaySchema.safeParse(value))
        .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
        .sort((a, b) => (a.day < b.day ? 1 : -1));
    },
    clear: () => serial(() => store.clear()),
  };
}
