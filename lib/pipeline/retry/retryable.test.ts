import { describe, expect, it } from 'vitest';
import { GenerationError, type ErrorCode } from '../../errors/generation-error';
import { classifyHttpError } from '../../providers/classify-http-error';
import { isRetryable } from './retryable';

const body = (code: string | null, type = 'invalid_request_error') => JSON.stringify({ error: { message: 'x', type, param: null, code } });

describe('isRetryable by HTTP response', () => {
  it.each([
    [408, body(null), true],
    [409, body(null), true],
    [429, body('rate_limit_exceeded', 'requests'), true],
    [429, body('insufficient_quota', 'insufficient_quota'), false],
    [429, body('billing_hard_limit_reached'), false],
    [402, body(null), false],
    [500, body(null, 'server_error'), true],
    [502, '<html>Bad gateway</html>', true],
    [503, body(null), true],
    [504, '', true],
    [400, body(null), false],
    [400, body('context_length_exceeded'), false],
    [413, '', false],
    [401, body('invalid_api_key'), false],
    [403, body(null), false],
    [404, body('model_not_found'), false],
    [422, body(null), false],
  ])('status %i with body %s → %s', (status, text, expected) => {
    const error = classifyHttpError(status, text, new Headers(), 0);
    expect(isRetryable(error, { receivedText: false })).toBe(expected);
    // Once text reached the user nothing is retried in place.
    expect(isRetryable(error, { receivedText: true })).toBe(false);
  });
});

describe('isRetryable by error class', () => {
  it.each<[ErrorCode, boolean]>([
    ['rate-limit', true],
    ['server', true],
    ['network', true],
    ['timeout', true],
    ['cut', true],
    ['quota', false],
    ['auth', false],
    ['context-length', false],
    ['bad-request', false],
    ['not-found', false],
    ['permission', false],
    ['config', false],
    ['offline', false],
    ['aborted', false],
    ['filtered', false],
    ['internal', false],
  ])('%s → %s before any text, never after', (code, expected) => {
    const error = new GenerationError({ code, message: code });
    expect(isRetryable(error, { receivedText: false })).toBe(expected);
    expect(isRetryable(error, { receivedText: true })).toBe(false);
  });

  it('a cut after content is not retried: that would duplicate text', () => {
    const cut = new GenerationError({ code: 'cut', message: 'The stream ended before the model finished.' });
    expect(isRetryable(cut, { receivedText: true })).toBe(false);
  });
});
