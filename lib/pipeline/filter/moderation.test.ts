import { describe, expect, it } from 'vitest';
import { GenerationError } from '../../errors/generation-error';
import { moderateText, type ModerationOptions } from './moderation';

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

// A fetch that records the request and answers with `respond`.
function fakeFetch(respond: () => Response | Promise<Response>): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: String(input), init });
    return respond();
  };
  return { fetch: fn as typeof fetch, seen };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const options = (fetchFn: typeof fetch, extra: Partial<ModerationOptions> = {}): ModerationOptions => ({
  fetch: fetchFn,
  baseUrl: 'https://api.example.com/v1/',
  apiKey: 'sk-test',
  now: () => 0,
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<GenerationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GenerationError) return error;
    throw error;
  }
  throw new Error('expected a GenerationError');
}

describe('moderateText', () => {
  it('posts the text and returns the flagged categories', async () => {
    const { fetch, seen } = fakeFetch(() =>
      json({ id: 'modr-1', results: [{ flagged: true, categories: { harassment: true, violence: false, illicit: null } }] }),
    );
    await expect(moderateText('some text', options(fetch))).resolves.toEqual({ flagged: true, categories: ['harassment'] });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('https://api.example.com/v1/moderations');
    expect(seen[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({ input: 'some text', model: 'omni-moderation-latest' });
    expect(seen[0]?.init?.headers).toMatchObject({ authorization: 'Bearer sk-test', 'content-type': 'application/json' });
  });

  it('sends no authorization header without a key', async () => {
    const { fetch, seen } = fakeFetch(() => json({ results: [{ flagged: false, categories: {} }] }));
    await expect(moderateText('hi', options(fetch, { apiKey: '' }))).resolves.toEqual({ flagged: false, categories: [] });
    expect(seen[0]?.init?.headers).not.toHaveProperty('authorization');
  });

  it.each([
    ['401', () => json({ error: { message: 'Incorrect API key provided' } }, 401), 'auth', 401],
    ['429', () => json({ error: { message: 'Slow down' } }, 429), 'rate-limit', 429],
    ['500', () => new Response('oops', { status: 500 }), 'server', 500],
    ['non-JSON body', () => new Response('<html>', { status: 200 }), 'server', undefined],
    ['unexpected shape', () => json({ results: [] }), 'server', undefined],
  ])('turns a %s into a GenerationError', async (_name, respond, code, status) => {
    const error = await failure(moderateText('x', options(fakeFetch(respond).fetch)));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it('reports the message of a 401', async () => {
    const error = await failure(moderateText('x', options(fakeFetch(() => json({ error: { message: 'Incorrect API key provided' } }, 401)).fetch)));
    expect(error.message).toBe('Incorrect API key provided');
  });

  it.each([
    ['network', new TypeError('Failed to fetch')],
    ['aborted', new DOMException('The operation was aborted.', 'AbortError')],
  ])('maps a rejected fetch to %s', async (code, thrown) => {
    const error = await failure(moderateText('x', options(fakeFetch(() => Promise.reject(thrown)).fetch)));
    expect(error.code).toBe(code);
  });
});
