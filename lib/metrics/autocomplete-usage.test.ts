import { describe, expect, it } from 'vitest';
import { memoryStore } from '../pipeline/kv-store';
import { capState, createAutocompleteUsage, emptyDay, localDay } from './autocomplete-usage';

const NOON = new Date(2026, 5, 10, 12).getTime();

describe('autocomplete usage', () => {
  it('adds counts to today, one write after another', async () => {
    const usage = createAutocompleteUsage(memoryStore(), () => NOON);
    await Promise.all([usage.add({ requests: 1, promptTokens: 100 }), usage.add({ requests: 1, completionTokens: 20 }), usage.add({ shown: 1 })]);
    expect(await usage.today()).toMatchObject({ day: localDay(NOON), requests: 2, promptTokens: 100, completionTokens: 20, shown: 1 });
  });

  it('starts a new day at local midnight and keeps the old one for the dashboard', async () => {
    let now = NOON;
    const usage = createAutocompleteUsage(memoryStore(), () => now);
    await usage.add({ requests: 3 });
    now += 86_400_000;
    expect((await usage.today()).requests).toBe(0);
    await usage.add({ requests: 1 });
    expect((await usage.days()).map((day) => [day.day, day.requests])).toEqual([
      [localDay(now), 1],
      [localDay(NOON), 3],
    ]);
  });

  it('drops days older than a month', async () => {
    let now = NOON;
    const store = memoryStore<unknown>();
    const usage = createAutocompleteUsage(store, () => now);
    await usage.add({ requests: 1 });
    now += 40 * 86_400_000;
    await usage.add({ requests: 1 });
    expect([...store.map.keys()]).toEqual([localDay(now)]);
  });
});

describe('autocomplete usage when storage fails', () => {
  it('counts on from the last known day when a read fails, so the daily cap is never quietly reset', async () => {
    const store = memoryStore<unknown>();
    const usage = createAutocompleteUsage(store, () => NOON);
    await usage.add({ requests: 5, promptTokens: 900 });
    const get = store.get.bind(store);
    store.get = () => Promise.reject(new Error('IndexedDB broken on purpose'));
    expect(await usage.today()).toMatchObject({ requests: 5, promptTokens: 900 });
    await usage.add({ requests: 1, promptTokens: 100 });
    store.get = get;
    expect(await usage.today()).toMatchObject({ requests: 6, promptTokens: 1000 });
  });
});

describe('daily cap', () => {
  const day = (tokens: number, costUsd: number) => ({ ...emptyDay('2026-06-10'), promptTokens: tokens, costUsd });

  it.each([
    ['under both caps', day(999, 0.5), { dailyTokenCap: 1000, dailyCostCapUsd: 1 }, { reached: false }],
    ['at the token cap', day(1000, 0), { dailyTokenCap: 1000, dailyCostCapUsd: 1 }, { reached: true, kind: 'tokens' }],
    ['at the cost cap', day(10, 1), { dailyTokenCap: 1000, dailyCostCapUsd: 1 }, { reached: true, kind: 'cost' }],
    ['with no caps', day(1e9, 1e4), { dailyTokenCap: null, dailyCostCapUsd: null }, { reached: false }],
  ] as const)('%s', (_name, counts, caps, expected) => {
    expect(capState(counts, caps)).toEqual(expected);
  });
});
