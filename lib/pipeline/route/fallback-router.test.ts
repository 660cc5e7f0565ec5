import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GenerationError, type ErrorCode } from '../../errors/generation-error';
import { systemClock } from '../clock';
import { collect, delta, finish, response, scripted, textOf, type Step } from '../../../tests/support/retry-kit';
import { AllTargetsFailedError } from './all-targets-failed-error';
import { createBreakers } from './circuit-breaker';
import { routeTargets, type RouteEvent } from './fallback-router';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

type Target = { id: string };
const chain: Target[] = [{ id: 'primary' }, { id: 'secondary' }, { id: 'tertiary' }];
const ok = (text: string): Step[] => [response(), delta(text), finish()];
const fail = (code: ErrorCode, status?: number): Step[] => [{ error: new GenerationError({ code, status, message: `${code} error` }) }];

function setup(scripts: Record<string, Step[]>, targets: Target[] = chain) {
  const breakers = createBreakers({ clock: systemClock, policy: () => ({ failureThreshold: 2, cooldownMs: 10_000 }) });
  const started: string[] = [];
  const controller = new AbortController();
  const route = () =>
    collect<RouteEvent>(
      routeTargets({
        targets,
        breakers,
        signal: controller.signal,
        run: (target, signal) => {
          started.push(target.id);
          return scripted(scripts[target.id] ?? ok(target.id))(signal);
        },
      }),
    );
  return { breakers, started, controller, route };
}

const only = <K extends RouteEvent['type']>(events: RouteEvent[], type: K) =>
  events.filter((e): e is Extract<RouteEvent, { type: K }> => e.type === type);

describe('routeTargets', () => {
  it('serves from the primary when it works', async () => {
    const { route, started, breakers } = setup({ primary: ok('hi') });
    const { events, error } = await route();
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('hi');
    expect(events[0]).toEqual({ type: 'target', targetId: 'primary', attempt: 0 });
    expect(started).toEqual(['primary']);
    expect(breakers.state('primary')).toBe('closed');
  });

  it.each<[ErrorCode, number | undefined]>([
    ['quota', 429],
    ['auth', 401],
    ['context-length', 400],
    ['not-found', 404],
    ['permission', undefined],
    ['server', 503],
    ['network', undefined],
    ['timeout', undefined],
    ['rate-limit', 429],
    ['bad-request', 400],
    ['config', undefined],
  ])('after %s on the primary the fallback serves, and a fallback event names both', async (code, status) => {
    const { route, started } = setup({ primary: fail(code, status), secondary: ok('from secondary') });
    const { events, error } = await route();
    expect(error).toBeUndefined();
    expect(textOf(events)).toBe('from secondary');
    expect(only(events, 'fallback')).toEqual([
      { type: 'fallback', from: 'primary', to: 'secondary', error: expect.objectContaining({ code, status }) },
    ]);
    expect(only(events, 'target')).toEqual([
      { type: 'target', targetId: 'primary', attempt: 0 },
      { type: 'target', targetId: 'secondary', attempt: 1 },
    ]);
    expect(started).toEqual(['primary', 'secondary']);
  });

  it.each<[ErrorCode]>([['aborted'], ['filtered'], ['offline']])('does not move on after %s', async (code) => {
    const { route, started } = setup({ primary: fail(code) });
    const { events, error } = await route();
    expect(error).not.toBeInstanceOf(AllTargetsFailedError);
    expect((error as GenerationError).code).toBe(code);
    expect(only(events, 'fallback')).toHaveLength(0);
    expect(started).toEqual(['primary']);
  });

  it('a Stop mid-stream is not routed and does not count against the breaker', async () => {
    const { route, started, controller, breakers } = setup({ primary: [delta('par'), { stall: true }] });
    const pending = route();
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    const { events, error } = await pending;
    expect((error as GenerationError).code).toBe('aborted');
    expect(textOf(events)).toBe('par');
    expect(started).toEqual(['primary']);
    breakers.recordFailure('primary');
    expect(breakers.state('primary')).toBe('closed');
  });

  it('once text was yielded, the error is thrown as is so the text is reported incomplete', async () => {
    const { route, started } = setup({ primary: [delta('Hel'), { error: new GenerationError({ code: 'cut', message: 'cut' }) }] });
    const { events, error } = await route();
    expect(error).not.toBeInstanceOf(AllTargetsFailedError);
    expect((error as GenerationError).code).toBe('cut');
    expect(textOf(events)).toBe('Hel');
    expect(started).toEqual(['primary']);
  });

  it('skips a target whose breaker is open, and records the skip', async () => {
    const { route, started, breakers } = setup({ secondary: ok('from secondary') });
    breakers.recordFailure('primary', { code: 'server', message: 'down', status: 503 });
    breakers.recordFailure('primary', { code: 'server', message: 'down', status: 503 });
    const { events, error } = await route();
    expect(error).toBeUndefined();
    expect(started).toEqual(['secondary']);
    expect(only(events, 'skip')).toEqual([{ type: 'skip', targetId: 'primary', error: expect.objectContaining({ code: 'server', status: 503 }) }]);
    expect(only(events, 'fallback')).toEqual([expect.objectContaining({ from: 'primary', to: 'secondary' })]);
    expect(only(events, 'target')).toEqual([{ type: 'target', targetId: 'secondary', attempt: 1 }]);
  });

  it('records failures and success on the breakers', async () => {
    const { route, breakers } = setup({ primary: fail('server', 500), secondary: ok('x') });
    await route();
    await route();
    expect(breakers.state('primary')).toBe('open');
    expect(breakers.state('secondary')).toBe('closed');
  });

  it('request-specific errors do not open the breaker', async () => {
    const { route, breakers } = setup({ primary: fail('context-length', 400), secondary: ok('x') });
    for (let i = 0; i < 3; i++) await route();
    expect(breakers.state('primary')).toBe('closed');
  });

  it('when every target fails, throws AllTargetsFailedError with each error, coded by the primary', async () => {
    const { route, started } = setup({ primary: fail('quota', 429), secondary: fail('server', 503), tertiary: fail('network') });
    const { events, error } = await route();
    expect(error).toBeInstanceOf(AllTargetsFailedError);
    const all = error as AllTargetsFailedError;
    expect(all.code).toBe('quota');
    expect(all.status).toBe(429);
    expect(all.failures.map((f) => [f.targetId, f.error.code, f.skipped])).toEqual([
      ['primary', 'quota', false],
      ['secondary', 'server', false],
      ['tertiary', 'network', false],
    ]);
    expect(only(events, 'fallback').map((e) => `${e.from}->${e.to}`)).toEqual(['primary->secondary', 'secondary->tertiary']);
    expect(started).toEqual(['primary', 'secondary', 'tertiary']);
  });

  it('with the primary skipped, the first target actually tried sets the code', async () => {
    const { route, breakers } = setup({ secondary: fail('auth', 401), tertiary: fail('network') });
    breakers.recordFailure('primary', { code: 'server', message: 'down' });
    breakers.recordFailure('primary', { code: 'server', message: 'down' });
    const { error } = await route();
    const all = error as AllTargetsFailedError;
    expect(all.code).toBe('auth');
    expect(all.failures.map((f) => [f.targetId, f.skipped])).toEqual([
      ['primary', true],
      ['secondary', false],
      ['tertiary', false],
    ]);
  });

  it('with every breaker open nothing is sent and the error explains why', async () => {
    const { route, breakers, started } = setup({}, [{ id: 'only' }]);
    breakers.recordFailure('only', { code: 'quota', message: 'no credit', status: 429 });
    breakers.recordFailure('only', { code: 'quota', message: 'no credit', status: 429 });
    const { error } = await route();
    expect(started).toEqual([]);
    expect(error).toBeInstanceOf(AllTargetsFailedError);
    expect((error as AllTargetsFailedError).code).toBe('quota');
    expect((error as AllTargetsFailedError).message).toMatch(/paused.*no credit/);
  });

  it('an empty chain is a config error', async () => {
    const { route } = setup({}, []);
    const { error } = await route();
    expect((error as AllTargetsFailedError).code).toBe('config');
  });

  it('a consumer leaving early gives back a half-open probe', async () => {
    const { breakers } = setup({});
    breakers.recordFailure('primary');
    breakers.recordFailure('primary');
    vi.advanceTimersByTime(10_000);
    const events = routeTargets({
      targets: chain,
      breakers,
      signal: new AbortController().signal,
      run: (_target, signal) => scripted(ok('probe'))(signal),
    });
    for await (const event of events) if (event.type === 'delta') break;
    expect(breakers.state('primary')).toBe('half-open');
    expect(breakers.canRequest('primary')).toBe(true);
  });
});
