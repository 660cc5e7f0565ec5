import { afterEach, describe, expect, it } from 'vitest';
import { GenerationError } from '../errors/generation-error';
import { clearDiagnostics, diagnose, DIAGNOSTICS_CAPACITY, recentDiagnostics, reportDiagnostic, setDiagnosticsSink } from './diagnostics-log';
import type { DiagnosticEntry } from './diagnostic-entry';

afterEach(() => {
  clearDiagnostics();
  setDiagnosticsSink(null);
});

describe('diagnostics log', () => {
  it('records the stage, operation and error class, and hands each entry to the sink', () => {
    const written: DiagnosticEntry[] = [];
    setDiagnosticsSink({ write: (entry) => written.push(entry) }, () => 1000);
    reportDiagnostic({ stage: 'cache', operation: 'set', error: new DOMException('Quota exceeded', 'QuotaExceededError'), level: 'warn' });
    expect(recentDiagnostics()).toEqual([
      { time: 1000, level: 'warn', stage: 'cache', operation: 'set', errorClass: 'QuotaExceededError', message: 'Quota exceeded', count: 1, code: undefined, status: undefined, target: undefined },
    ]);
    expect(written).toHaveLength(1);
  });

  it('keeps a generation error code and status', () => {
    reportDiagnostic({ stage: 'settings', operation: 'load', error: new GenerationError({ code: 'server', message: 'Bad gateway', status: 502 }) });
    expect(recentDiagnostics()[0]).toMatchObject({ code: 'server', status: 502, errorClass: 'GenerationError' });
  });

  it('counts a repeat instead of adding an entry, and is bounded', () => {
    let now = 0;
    setDiagnosticsSink(null, () => now);
    for (let i = 0; i < 5; i++) reportDiagnostic({ stage: 'metrics', operation: 'append', error: new Error('same') });
    expect(recentDiagnostics()).toHaveLength(1);
    expect(recentDiagnostics()[0]?.count).toBe(5);
    for (let i = 0; i < DIAGNOSTICS_CAPACITY + 20; i++) {
      now += 1;
      reportDiagnostic({ stage: 'metrics', operation: `op ${i}`, error: new Error('different') });
    }
    expect(recentDiagnostics()).toHaveLength(DIAGNOSTICS_CAPACITY);
    expect(recentDiagnostics().at(-1)?.operation).toBe(`op ${DIAGNOSTICS_CAPACITY + 19}`);
  });

  it('redacts keys, URL paths and long quoted text from messages', () => {
    reportDiagnostic({
      stage: 'startup',
      operation: 'load',
      error: new Error('Failed https://api.example.com/v1/chat?key=abc with sk-abcdefghijklmnop for "the user wrote this whole sentence here" by me@example.com'),
    });
    const message = recentDiagnostics()[0]?.message ?? '';
    expect(message).toContain('https://api.example.com/…');
    expect(message).not.toMatch(/sk-abcdef|\/v1\/chat|key=abc|user wrote|me@example/);
  });

  it('diagnose() swallows for promise chains and records the failure', async () => {
    await expect(Promise.reject(new TypeError('boom')).catch(diagnose('history', 'finish entry'))).resolves.toBeUndefined();
    expect(recentDiagnostics()[0]).toMatchObject({ stage: 'history', operation: 'finish entry', errorClass: 'TypeError', level: 'error' });
  });

  it('a throwing sink never reaches the caller', () => {
    setDiagnosticsSink({
      write: () => {
        throw new Error('sink broken');
      },
    });
    expect(() => reportDiagnostic({ stage: 'cache', operation: 'get', error: new Error('x') })).not.toThrow();
  });
});
