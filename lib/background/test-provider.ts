// Owns "Test connection": list a provider's models from the background, timed, with a hint for common local setups.
import { toGenerationError } from '../errors/generation-error';
import type { ConnectionHint, ConnectionResult } from '../messaging/options-schemas';
import { listModels } from '../providers/registry';
import type { Provider } from '../settings/provider-schema';

export interface TestProviderDeps {
  fetch: typeof fetch;
  now: () => number;
  // The saved key for this provider, or '' when the URL points somewhere its key was not saved for.
  storedKey: (providerId: string, baseUrl: string) => Promise<string>;
  hasOriginPermission: (baseUrl: string) => Promise<boolean>;
}

const MAX_MODELS = 2000;

export async function testProvider(provider: Provider, typedKey: string | undefined, deps: TestProviderDeps): Promise<ConnectionResult> {
  const apiKey = typedKey?.trim() || (await deps.storedKey(provider.id, provider.baseUrl));
  if (provider.kind !== 'chrome-built-in' && !(await deps.hasOriginPermission(provider.baseUrl))) {
    return { ok: false, latencyMs: 0, error: { code: 'permission', message: new URL(provider.baseUrl).origin } };
  }
  const started = deps.now();
  try {
    const models = await listModels(provider, apiKey, { fetch: deps.fetch, now: deps.now });
    return { ok: true, latencyMs: deps.now() - started, models: models.slice(0, MAX_MODELS) };
  } catch (caught) {
    const error = toGenerationError(caught).toInfo();
    const hint = hintFor(provider, error.code, error.status);
    return { ok: false, latencyMs: deps.now() - started, error, ...(hint ? { hint } : {}) };
  }
}

// Ollama answers 403 to origins outside OLLAMA_ORIGINS, and is simply not running when unreachable.
function hintFor(provider: Provider, code: string, status: number | undefined): ConnectionHint | undefined {
  if (!isLocalOllama(provider.baseUrl)) return undefined;
  if (status === 403) return 'ollama-origins';
  if (code === 'network') return 'ollama-running';
  return undefined;
}

export function isLocalOllama(baseUrl: string): boolean {
  try {
    const { hostname, port } = new URL(baseUrl);
    return (hostname === 'localhost' || hostname === '127.0.0.1') && port === '11434';
  } catch {
    // An unparsable URL is not Ollama's; the connection test reports the URL itself.
    return false;
  }
}
