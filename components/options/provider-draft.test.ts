import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../lib/settings/schema';
import { newProviderId, parseHeaders, providerCandidate, withoutProvider, type ProviderDraft } from './provider-draft';

const gateway: ProviderDraft = {
  provider: { id: 'custom', kind: 'openai-compatible', name: 'Gateway', baseUrl: 'https://gw.example/v1', headers: {}, contextTokens: 8192 },
  headersText: 'X-Team: writers\nAuthorization-Extra: a:b',
  model: 'gpt-4o-mini',
};

describe('provider drafts', () => {
  it('reads headers as Name: value lines and reports the others by index', () => {
    expect(parseHeaders('X-A: 1\n\nbroken\n: no name\nX-B:two:parts')).toEqual({ headers: { 'X-A': '1', 'X-B': 'two:parts' }, badLines: [2, 3] });
  });

  it('gives each new provider an unused id', () => {
    expect(newProviderId('openai', ['default'])).toBe('openai');
    expect(newProviderId('openai', ['openai', 'openai-2'])).toBe('openai-3');
  });

  it('adds a new provider at the end of the chain and updates an existing one in place', () => {
    const added = providerCandidate(DEFAULT_SETTINGS, gateway, {}).settings;
    expect(added.providers.map((provider) => provider.id)).toEqual(['default', 'custom']);
    expect(added.providers[1]?.headers).toEqual({ 'X-Team': 'writers', 'Authorization-Extra': 'a:b' });
    expect(added.chain).toEqual([...DEFAULT_SETTINGS.chain, { providerId: 'custom', model: 'gpt-4o-mini' }]);
    const edited = providerCandidate(added, { ...gateway, model: 'gpt-4.1-mini' }, {}).settings;
    expect(edited.chain.at(-1)).toEqual({ providerId: 'custom', model: 'gpt-4.1-mini' });
    expect(SettingsSchema.safeParse(edited).success).toBe(true);
  });

  it('reports bad header lines and models the organisation does not allow at their settings paths', () => {
    const { extraIssues } = providerCandidate(DEFAULT_SETTINGS, { ...gateway, headersText: 'oops' }, { allowedModels: ['llama3.2'] });
    expect(extraIssues.map((issue) => [issue.path, issue.message])).toEqual([
      [['providers', 1, 'headers', 0], 'opt_error_headerLine'],
      [['chain', 1, 'model'], 'opt_error_modelNotAllowed'],
    ]);
  });

  it('sends requests to the organisation base URL, and fills it in when the locked field is empty', () => {
    const candidate = providerCandidate(DEFAULT_SETTINGS, { ...gateway, provider: { ...gateway.provider, baseUrl: '' } }, { baseUrl: 'https://llm.corp.example/v1' });
    expect(candidate.requestUrl).toBe('https://llm.corp.example/v1');
    expect(candidate.settings.providers[1]?.baseUrl).toBe('https://llm.corp.example/v1');
  });

  it('removes a provider with its targets, rate limits and moderation choice', () => {
    const settings: Settings = {
      ...providerCandidate(DEFAULT_SETTINGS, gateway, {}).settings,
      rateLimits: { custom: { requestsPerMinute: 10, tokensPerMinute: null } },
      filter: { ...DEFAULT_SETTINGS.filter, moderation: { enabled: true, providerId: 'custom' } },
    };
    const removed = withoutProvider(settings, 'custom');
    expect(removed.providers.map((provider) => provider.id)).toEqual(['default']);
    expect(removed.chain).toEqual(DEFAULT_SETTINGS.chain);
    expect(removed.rateLimits).toEqual({});
    expect(removed.filter.moderation).toEqual({ enabled: true });
  });
});
