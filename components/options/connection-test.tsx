// "Test connection": asks the background to list the provider's models and shows latency, models or the fix.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import type { ConnectionResult } from '../../lib/messaging/options-schemas';
import { requestOriginPermission } from '../../lib/permissions/origin-permission';
import { CHROME_BUILT_IN_MODEL, isChromeBuiltInAvailable } from '../../lib/providers/chrome-built-in';
import { globalLanguageModel } from '../../lib/providers/chrome-language-model';
import type { Provider } from '../../lib/settings/provider-schema';
import { connectionMessage } from './connection-message';

interface ConnectionTestProps {
  // The provider as the form holds it now, or null (with errors shown) when it is not valid yet.
  candidate: () => { provider: Provider; requestUrl: string } | null;
  apiKey: string;
  onModels: (models: string[]) => void;
  onPick: (model: string) => void;
}

const SHOWN_MODELS = 40;

// The on-device model is checked in this page: extension pages have the Prompt API where workers may not.
async function testBuiltIn(): Promise<ConnectionResult> {
  const started = performance.now();
  const available = (await isChromeBuiltInAvailable(globalLanguageModel)) !== 'unavailable';
  const latencyMs = performance.now() - started;
  return available
    ? { ok: true, latencyMs, models: [CHROME_BUILT_IN_MODEL] }
    : { ok: false, latencyMs, error: { code: 'config', message: 'unavailable' } };
}

export function ConnectionTest({ candidate, apiKey, onModels, onPick }: ConnectionTestProps) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [models, setModels] = useState<string[]>([]);
  const test = useMutation({
    mutationFn: (provider: Provider): Promise<ConnectionResult> =>
      provider.kind === 'chrome-built-in' ? testBuiltIn() : sendMessage('testProvider', { provider, apiKey: apiKey.trim() || undefined }),
  });

  const run = async () => {
    const ready = candidate();
    if (!ready) {
      setMessage({ ok: false, text: t('opt_fixErrors') });
      return;
    }
    const { provider, requestUrl } = ready;
    setMessage({ ok: true, text: t('opt_test_running') });
    // Asked inside the click, before any other await, or the browser refuses to prompt.
    if (provider.kind !== 'chrome-built-in' && !(await requestOriginPermission(requestUrl).catch(() => false))) {
      setMessage({ ok: false, text: t('permissionDenied', new URL(requestUrl).origin) });
      return;
    }
    try {
      const result = await test.mutateAsync({ ...provider, baseUrl: requestUrl });
      setMessage({ ok: result.ok, text: connectionMessage(result, requestUrl) });
      setModels(result.ok ? result.models : []);
      if (result.ok) onModels(result.models);
    } catch (error) {
      setMessage({ ok: false, text: t('opt_saveFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div className="connection-test">
      <button type="button" className="secondary" data-no-edit onClick={() => void run()} disabled={test.isPending}>
        {t('opt_testConnection')}
      </button>
      <p aria-live="polite" className={message ? (message.ok ? 'ok' : 'error') : undefined}>
        {message?.text}
      </p>
      {models.length > 0 && (
        <div className="model-list">
          <p className="help">{t('opt_test_pick')}</p>
          <ul>
            {models.slice(0, SHOWN_MODELS).map((model) => (
              <li key={model}>
                <button type="button" className="chip" onClick={() => onPick(model)}>
                  {model}
                </button>
              </li>
            ))}
          </ul>
          {models.length > SHOWN_MODELS && <p className="help">{t('opt_test_more', String(models.length - SHOWN_MODELS))}</p>}
        </div>
      )}
    </div>
  );
}
