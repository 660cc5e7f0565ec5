// The fields of one provider: kind, name, base URL, masked key, model, and the advanced ones.
import { useId } from 'react';
import { t, type MessageKey } from '../../lib/i18n/t';
import type { ManagedPolicy } from '../../lib/settings/managed-policy';
import { ProviderKindSchema, type ProviderKind } from '../../lib/settings/provider-schema';
import { errorAt, type FieldErrors } from './issue-messages';
import { NumberField } from './number-field';
import type { ProviderDraft } from './provider-draft';
import { SelectField } from './select-field';
import { TextAreaField } from './text-area-field';
import { TextField } from './text-field';

const KIND_LABELS: Record<ProviderKind, MessageKey> = {
  'openai-compatible': 'opt_kind_openaiCompatible',
  'azure-openai': 'opt_kind_azure',
  anthropic: 'opt_kind_anthropic',
  gemini: 'opt_kind_gemini',
  'chrome-built-in': 'opt_kind_chromeBuiltIn',
};

export interface ProviderFieldsProps {
  draft: ProviderDraft;
  onChange: (draft: ProviderDraft) => void;
  apiKey: string;
  onApiKey: (key: string) => void;
  hasStoredKey: boolean;
  errors: FieldErrors;
  providerIndex: number;
  chainIndex: number;
  policy: ManagedPolicy;
  // Suggestions from the last connection test.
  models: readonly string[];
  // The onboarding shows only what a first setup needs.
  compact?: boolean;
  baseUrlPlaceholder?: string;
}

export function ProviderFields(props: ProviderFieldsProps) {
  const { draft, onChange, apiKey, onApiKey, hasStoredKey, errors, providerIndex, chainIndex, policy, models, compact } = props;
  const { provider } = draft;
  const listId = useId();
  const at = (field: string) => errorAt(errors, `providers.${providerIndex}.${field}`);
  const setProvider = (patch: Partial<typeof provider>) => onChange({ ...draft, provider: { ...provider, ...patch } });
  const network = provider.kind !== 'chrome-built-in';
  const baseUrlLocked = network && policy.baseUrl !== undefined;
  const modelHelp = [provider.kind === 'azure-openai' ? t('opt_modelHelpAzure') : t('opt_modelHelp'), policy.allowedModels ? t('opt_allowedModels', policy.allowedModels.join(', ')) : '']
    .filter(Boolean)
    .join(' ');

  return (
    <>
      {!compact && (
        <div className="row">
          <TextField label={t('opt_providerName')} name="name" value={provider.name} onChange={(name) => setProvider({ name })} error={at('name')} />
          <SelectField
            label={t('opt_providerKind')}
            name="kind"
            value={provider.kind}
            options={ProviderKindSchema.options.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
            onChange={(kind) => setProvider({ kind })}
          />
        </div>
      )}
      {network && (
        <TextField
          label={t('baseUrl')}
          name="baseUrl"
          type="url"
          value={baseUrlLocked ? (policy.baseUrl ?? '') : provider.baseUrl}
          onChange={(baseUrl) => setProvider({ baseUrl })}
          error={at('baseUrl')}
          help={t('baseUrlHelp')}
          placeholder={props.baseUrlPlaceholder}
          locked={baseUrlLocked}
        />
      )}
      {network && (
        <TextField
          label={t('apiKey')}
          name="apiKey"
          type="password"
          value={apiKey}
          onChange={onApiKey}
          help={hasStoredKey ? `${t('apiKeyStored')} ${t('apiKeyHelp')}` : t('apiKeyHelp')}
          placeholder={hasStoredKey ? '••••••••••••' : ''}
          autoComplete="off"
        />
      )}
      <TextField
        label={t('model')}
        name="model"
        value={draft.model}
        onChange={(model) => onChange({ ...draft, model })}
        error={errorAt(errors, `chain.${chainIndex}.model`)}
        help={modelHelp}
        list={listId}
      />
      <datalist id={listId}>
        {[...new Set([...(policy.allowedModels ?? []), ...models])].map((model) => (
          <option key={model} value={model} />
        ))}
      </datalist>
      {provider.kind === 'azure-openai' && (
        <TextField label={t('opt_apiVersion')} name="apiVersion" value={provider.apiVersion ?? ''} onChange={(apiVersion) => setProvider({ apiVersion: apiVersion || undefined })} error={at('apiVersion')} />
      )}
      {!compact && network && (
        <TextAreaField
          label={t('opt_headers')}
          name="headers"
          rows={3}
          value={draft.headersText}
          onChange={(headersText) => onChange({ ...draft, headersText })}
          error={at('headers')}
          help={t('opt_headersHelp')}
          placeholder="X-Title: Draftsmith"
        />
      )}
      {!compact && (
        <NumberField
          label={t('opt_contextTokens')}
          name="contextTokens"
          value={provider.contextTokens}
          onChange={(value) => setProvider({ contextTokens: value ?? Number.NaN })}
          error={at('contextTokens')}
          help={t('opt_contextTokensHelp')}
        />
      )}
    </>
  );
}
