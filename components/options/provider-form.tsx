// The provider form: base URL, key and model, validated by the settings schema before it is saved.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import { requestOriginPermission } from '../../lib/permissions/origin-permission';
import { SettingsSchema, type Settings } from '../../lib/settings/schema';
import { queryKeys } from '../queries';
import { issueMessages, type FieldErrors } from './issue-messages';
import { TextField } from './text-field';

interface ProviderFormProps {
  initial: Settings;
  hasApiKey: boolean;
}

export function ProviderForm({ initial, hasApiKey }: ProviderFormProps) {
  const queryClient = useQueryClient();
  // The minimal form edits the first provider and the first target of the chain.
  const [baseUrl, setBaseUrl] = useState(initial.providers[0]?.baseUrl ?? '');
  const [model, setModel] = useState(initial.chain[0]?.model ?? '');
  const [apiKey, setApiKey] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const statusId = useId();

  const save = useMutation({
    mutationFn: (next: { settings: Settings; apiKey?: string }) => sendMessage('saveSettings', next),
    onSuccess: (result) => {
      if (!result.ok) {
        setErrors(issueMessages(result.issues.map((issue) => ({ ...issue, path: fieldOf(issue.path.split('.')) }))));
        return;
      }
      setApiKey('');
      setNotice(t('saved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings });
    },
    onError: (error) => setNotice(error.message),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const [provider, ...otherProviders] = initial.providers;
    const [target, ...otherTargets] = initial.chain;
    const parsed = SettingsSchema.safeParse({
      ...initial,
      providers: [{ ...provider, baseUrl }, ...otherProviders],
      chain: [{ ...target, model }, ...otherTargets],
    });
    if (!parsed.success) {
      setErrors(issueMessages(parsed.error.issues.map((issue) => ({ path: fieldOf(issue.path), message: issue.message }))));
      return;
    }
    setErrors({});
    // Asked inside the click, before any other await, or the browser refuses to prompt.
    const granted = await requestOriginPermission(baseUrl).catch(() => false);
    if (!granted) {
      setNotice(t('permissionDenied', new URL(baseUrl).origin));
      return;
    }
    save.mutate({ settings: parsed.data, apiKey: apiKey === '' ? undefined : apiKey });
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby={statusId}>
      <TextField label={t('baseUrl')} name="baseUrl" type="url" value={baseUrl} onChange={setBaseUrl} error={errors.baseUrl} help={t('baseUrlHelp')} />
      <TextField
        label={t('apiKey')}
        name="apiKey"
        type="password"
        value={apiKey}
        onChange={setApiKey}
        help={hasApiKey ? `${t('apiKeyStored')} ${t('apiKeyHelp')}` : t('apiKeyHelp')}
        placeholder={hasApiKey ? '••••••••' : ''}
        autoComplete="off"
      />
      <TextField label={t('model')} name="model" value={model} onChange={setModel} error={errors.model} />
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? t('saving') : t('save')}
      </button>
      <p id={statusId} role="status" className={save.isSuccess && save.data.ok ? 'ok' : 'error'}>
        {notice}
      </p>
    </form>
  );
}

// Maps a schema path to the form field that shows its error.
function fieldOf(path: ReadonlyArray<PropertyKey>): string {
  const [head, , key] = path;
  if (head === 'providers' && key === 'baseUrl') return 'baseUrl';
  if (head === 'chain' && key === 'model') return 'model';
  return String(head ?? 'form');
}
