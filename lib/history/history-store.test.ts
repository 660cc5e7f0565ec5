import { describe, expect, it } from 'vitest';
import { memoryStore } from '../pipeline/kv-store';
import type { NewHistoryEntryInput } from './history-entry';
import { createHistoryStore } from './history-store';

function setup(maxEntries = 100) {
  let now = 1_000;
  let nextId = 0;
  const store = memoryStore<unknown>();
  const history = createHistoryStore({
    store,
    // Each entry a millisecond later, so "newest" is unambiguous.
    clock: { now: () => now++ },
    maxEntries: () => maxEntries,
    newId: () => `h${++nextId}`,
  });
  return { history, store, setMax: (max: number) => (maxEntries = max) };
}

const entry = (prompt: string, extra: Partial<NewHistoryEntryInput> = {}): NewHistoryEntryInput => ({
  source: 'inline',
  prompt,
  result: '',
  incomplete: false,
  errorCode: null,
  model: 'gpt-4o-mini',
  pageUrl: null,
  pageTitle: null,
  ...extra,
});

describe('history store', () => {
  it('assigns id and time and lists newest first', async () => {
    const { history } = setup();
    const first = await history.add(entry('one'));
    await history.add(entry('two'));
    expect(first).toMatchObject({ id: 'h1', at: 1000, prompt: 'one' });
    expect((await history.list()).map((e) => e.prompt)).toEqual(['two', 'one']);
    expect(await history.get('h1')).toEqual(first);
    expect(await history.get('missing')).toBeNull();
  });

  it('evicts the oldest beyond maxEntries, read on every add', async () => {
    const { history, setMax } = setup(3);
    for (const prompt of ['a', 'b', 'c', 'd']) await history.add(entry(prompt));
    expect((await history.list()).map((e) => e.prompt)).toEqual(['d', 'c', 'b']);
    setMax(2);
    await history.add(entry('e'));
    expect((await history.list()).map((e) => e.prompt)).toEqual(['e', 'd']);
  });

  it('reads an entry stored before actions, words and retry existed, with empty ones', async () => {
    const { history, store } = setup();
    const old = { id: 'old', at: 5, source: 'inline', prompt: 'p', result: 'r', incomplete: false, errorCode: null, model: null, pageUrl: null, pageTitle: null };
    await store.set('old', old);
    expect(await history.get('old')).toEqual({ ...old, errorMessage: null, action: null, words: null, retry: null });
  });

  it('keeps what a retry needs until a patch drops it, and a patch without it leaves it alone', async () => {
    const { history } = setup();
    const added = await history.add(entry('Fix grammar', { action: { kind: 'template', title: 'Fix grammar' }, retry: { context: { selection: 'teh cat' } } }));
    expect((await history.update(added.id, { errorCode: 'network' }))?.retry).toEqual({ context: { selection: 'teh cat' } });
    expect((await history.update(added.id, { retry: null }))?.retry).toBeNull();
  });

  it('lands a streaming result with update()', async () => {
    const { history } = setup();
    const added = await history.add(entry('write a haiku'));
    const updated = await history.update(added.id, { result: 'An old silent pond', incomplete: true, errorCode: 'cut', model: undefined });
    expect(updated).toEqual({ ...added, result: 'An old silent pond', incomplete: true, errorCode: 'cut' });
    expect(await history.get(added.id)).toEqual(updated);
  });

  it('does not bring back a deleted entry when its result lands late', async () => {
    const { history } = setup();
    const added = await history.add(entry('x'));
    await history.delete(added.id);
    expect(await history.update(added.id, { result: 'late' })).toBeNull();
    expect(await history.list()).toEqual([]);
  });

  it('rejects an invalid patch or entry', async () => {
    const { history } = setup();
    const added = await history.add(entry('x'));
    await expect(history.update(added.id, { errorCode: 'nope' as never })).rejects.toThrow();
    await expect(history.add(entry('x', { source: 'elsewhere' as never }))).rejects.toThrow();
  });

  it.each([
    ['matches the prompt, any case', 'HAIKU', ['p1']],
    ['matches the result', 'pond', ['p1']],
    ['matches the page title', 'inbox', ['p2']],
    ['matches the page URL', 'example.org', ['p2']],
    ['needs every term', 'reply boss', ['p2']],
    ['terms may sit in different fields', 'reply gmail', ['p2']],
    ['no match', 'weather', []],
    ['blank lists everything', '   ', ['p3', 'p2', 'p1']],
    ['Chinese text', '周报', ['p3']],
  ])('search: %s', async (_label, query, expected) => {
    const { history } = setup();
    await history.add(entry('p1 write a haiku', { result: 'An old silent pond' }));
    await history.add(entry('p2 reply to my boss', { pageTitle: 'Inbox - Gmail', pageUrl: 'https://mail.example.org/' }));
    await history.add(entry('p3 写一份周报'));
    const found = await history.list({ query });
    expect(found.map((e) => e.prompt.split(' ')[0])).toEqual(expected);
  });

  it('limits the list', async () => {
    const { history } = setup();
    for (const prompt of ['a', 'b', 'c']) await history.add(entry(prompt));
    expect((await history.list({ limit: 2 })).map((e) => e.prompt)).toEqual(['c', 'b']);
    expect(await history.list({ limit: 0 })).toEqual([]);
  });

  it('skips invalid stored entries and drops them on the next add', async () => {
    const { history, store } = setup();
    await history.add(entry('ok'));
    store.map.set('junk', { prompt: 42 });
    expect((await history.list()).map((e) => e.prompt)).toEqual(['ok']);
    await history.add(entry('next'));
    expect(store.map.has('junk')).toBe(false);
  });

  it('deletes and clears', async () => {
    const { history } = setup();
    const a = await history.add(entry('a'));
    await history.add(entry('b'));
    await history.delete(a.id);
    expect((await history.list()).map((e) => e.prompt)).toEqual(['b']);
    await history.clear();
    expect(await history.list()).toEqual([]);
  });
});
