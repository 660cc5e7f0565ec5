// Editing one provider: its fields, Test connection, Save (asking for the origin inside the click) and Remove.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { requestOriginPermission } from '../../lib/permissions/origin-permission';
import { ProviderSchema } from '../../lib/settings/provider-schema';
import { queryKeys } from '../queries';
import { ConnectionTest } from './connection-test';
import { providerCandidate, withoutProvider, type ProviderDraft } from './provider-draft';
import { ProviderFields } from './provider-fields';
import { SectionForm } from './section-form';
import { useSaveSettings } from './use-save-settings';

interface ProviderFormProps {
  state: OptionsState;
  initial: ProviderDraft;
  isNew: boolean;
  baseUrlPlaceholder?: string;
  onSaved: (providerId: string) => void;
  onClosed: () => void;
}

export function ProviderForm({ state, initial, isNew, baseUrlPlaceholder, onSaved, onClosed }: ProviderFormProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [apiKey, setApiKey] = useState('');
  const [models, setModels] = useState<string[]>([]);
  const saver = useSaveSettings();
  const { settings, policy, keys } = state;
  const id = draft.provider.id;
  const candidate = providerCandidate(settings, draft, policy);
  const providerIndex = candidate.settings.providers.findIndex((provider) => provider.id === id);
  const chainIndex = candidate.settings.chain.findIndex((target) => target.providerId === id);
  const refreshKeys = () => queryClient.invalidateQueries({ queryKey: queryKeys.optionsState });

  const onSubmit = async () => {
    const checked = saver.check(candidate.settings, candidate.extraIssues);
    if (!checked) return;
    // Asked inside the click, before any other await, or the browser refuses to prompt.
    if (draft.provider.kind !== 'chrome-built-in' && !(await requestOriginPermission(candidate.requestUrl).catch(() => false))) {
      saver.setNotice({ kind: 'error', text: t('permissionDenied', new URL(candidate.requestUrl).origin) });
      return;
    }
    const key = apiKey.trim();
    const saved = await saver.commit(checked, key ? async () => void (await sendMessage('saveApiKey', { providerId: id, key })) : undefined);
    if (saved) {
      setApiKey('');
      onSaved(id);
    }
  };

  // A key is a secret: a deletion that failed must say so, or the user believes it gone while it stays stored.
  const deleteKey = () =>
    sendMessage('saveApiKey', { providerId: id, key: '' }).then(
      () => true,
      (error: unknown) => {
        saver.setNotice({ kind: 'error', text: t('opt_keyNotForgotten', error instanceof Error ? error.message : String(error)) });
        return false;
      },
    );

  const remove = async () => {
    const saved = await saver.save(withoutProvider(settings, id));
    if (!saved) return;
    const deleted = await deleteKey();
    await refreshKeys();
    // Left open on a failed deletion, so the notice that the key is still stored is seen.
    if (deleted) onClosed();
  };

  const forgetKey = async () => {
    const deleted = await deleteKey();
    await refreshKeys();
    if (deleted) saver.setNotice({ kind: 'ok', text: t('opt_keyForgotten') });
  };

  // The test needs a valid provider, not a model: finding the model is what it is for.
  const testCandidate = () => {
    const parsed = ProviderSchema.safeParse(candidate.settings.providers[providerIndex]);
    if (!parsed.success) {
      saver.showIssues(parsed.error.issues.map((issue) => ({ ...issue, path: ['providers', providerIndex, ...issue.path] })));
      return null;
    }
    saver.showIssues([]);
    return { provider: parsed.data, requestUrl: candidate.requestUrl };
  };

  // Whole-list problems, such as removing the provider the only chain target used.
  const listError = saver.errors.chain ?? saver.errors.providers;
  return (
    <SectionForm
      onSubmit={onSubmit}
      notice={saver.notice}
      pending={saver.pending}
      actions={
        <>
          {keys[id] && !isNew && (
            <button type="button" data-no-edit className="secondary" onClick={() => void forgetKey()}>
              {t('opt_forgetKey')}
            </button>
          )}
          {isNew ? (
            <button type="button" data-no-edit className="secondary" onClick={onClosed}>
              {t('opt_cancel')}
            </button>
          ) : (
            <button type="button" data-no-edit className="danger" onClick={() => void remove()} disabled={settings.providers.length <= 1}>
              {t('opt_removeProvider')}
            </button>
          )}
        </>
      }
    >
      <ProviderFields
        draft={draft}
        onChange={setDraft}
        apiKey={apiKey}
        onApiKey={setApiKey}
        hasStoredKey={keys[id] === true}
        errors={saver.errors}
        providerIndex={providerIndex}
        chainIndex={chainIndex}
        policy={policy}
        models={models}
        baseUrlPlaceholder={baseUrlPlaceholder}
      />
      <ConnectionTest candidate={testCandidate} apiKey={apiKey} onModels={setModels} onPick={(model) => setDraft({ ...draft, model })} />
      {listError && (
        <p className="error" role="alert">
          {listError}
        </p>
      )}
    </SectionForm>
  );
}
