// First run, a focused wizard: (1) a provider, zero-key choices first, (2) its key, (3) a test, (4) try it.
// Opened on install when there is no on-device model.
import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { requestOriginPermission } from '../../lib/permissions/origin-permission';
import { ProviderSchema } from '../../lib/settings/provider-schema';
import type { Settings } from '../../lib/settings/schema';
import { ConnectionTest } from './connection-test';
import { OnboardingFinish } from './onboarding-finish';
import { draftFromPreset, presetName, providerCandidate, type ProviderDraft } from './provider-draft';
import { ProviderFields } from './provider-fields';
import { PRESET_IDS, PRESETS, type PresetId } from './provider-presets';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { SelectField } from './select-field';
import { useSaveSettings } from './use-save-settings';
import { ZeroKeyChoices } from './zero-key-choices';

// A first setup replaces the untouched default; a later one adds the provider and puts it first.
function startingFrom(state: OptionsState, draft: ProviderDraft): Settings {
  const { settings, unconfigured } = state;
  return unconfigured ? { ...settings, providers: [], chain: [] } : { ...settings, chain: settings.chain.filter((target) => target.providerId !== draft.provider.id) };
}

export function OnboardingSection({ state }: { state: OptionsState }) {
  const taken = state.unconfigured ? [] : state.settings.providers.map((provider) => provider.id);
  const [preset, setPreset] = useState<PresetId>('openai');
  const [draft, setDraft] = useState(() => draftFromPreset('openai', taken));
  const [apiKey, setApiKey] = useState('');
  const [models, setModels] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const saver = useSaveSettings();
  const base = startingFrom(state, draft);
  const candidate = providerCandidate(base, draft, state.policy);
  // The new provider's target goes first in the chain.
  const ordered = { ...candidate.settings, chain: [...candidate.settings.chain.slice(-1), ...candidate.settings.chain.slice(0, -1)] };
  const providerIndex = ordered.providers.findIndex((provider) => provider.id === draft.provider.id);

  const choose = (id: PresetId, model?: string) => {
    setPreset(id);
    const next = draftFromPreset(id, taken);
    setDraft(model ? { ...next, model } : next);
    setModels([]);
  };

  const onSubmit = async () => {
    const checked = saver.check(ordered, candidate.extraIssues.map((issue) => ({ ...issue, path: issue.path[0] === 'chain' ? ['chain', 0, 'model'] : issue.path })));
    if (!checked) return;
    // Asked inside the click, before any other await, or the browser refuses to prompt.
    if (draft.provider.kind !== 'chrome-built-in' && !(await requestOriginPermission(candidate.requestUrl).catch(() => false))) {
      saver.setNotice({ kind: 'error', text: t('permissionDenied', new URL(candidate.requestUrl).origin) });
      return;
    }
    const key = apiKey.trim();
    const saved = await saver.commit(checked, key ? async () => void (await sendMessage('saveApiKey', { providerId: draft.provider.id, key })) : undefined);
    if (saved) setDone(true);
  };

  const testCandidate = () => {
    const parsed = ProviderSchema.safeParse(ordered.providers[providerIndex]);
    if (!parsed.success) {
      saver.showIssues(parsed.error.issues.map((issue) => ({ ...issue, path: ['providers', providerIndex, ...issue.path] })));
      return null;
    }
    saver.showIssues([]);
    return { provider: parsed.data, requestUrl: candidate.requestUrl };
  };

  if (done) return <OnboardingFinish />;
  const { keyUrl, needsKey } = PRESETS[preset];
  return (
    <SectionFrame title={t('opt_welcomeTitle')} intro={t('opt_welcomeIntro')}>
      <p>
        <a href="#providers">{t('opt_welcomeSkip')}</a>
      </p>
      <SectionForm onSubmit={onSubmit} notice={saver.notice} pending={saver.pending} saveLabel={t('opt_welcomeFinish')}>
        <ol className="steps wizard">
          <li>
            <h3>{t('opt_step_pick')}</h3>
            <ZeroKeyChoices chosen={preset} onChoose={choose} />
            <h4>{t('opt_withKey')}</h4>
            <SelectField label={t('opt_preset')} name="preset" value={preset} options={PRESET_IDS.map((id) => ({ value: id, label: presetName(id) }))} onChange={(id) => choose(id)} />
          </li>
          <li>
            <h3>{needsKey ? t('opt_step_key') : t('opt_step_check')}</h3>
            {keyUrl && (
              <p>
                <a href={keyUrl} target="_blank" rel="noreferrer noopener">
                  {t('opt_getApiKey', presetName(preset))}
                </a>
              </p>
            )}
            <ProviderFields
              draft={draft}
              onChange={setDraft}
              apiKey={apiKey}
              onApiKey={setApiKey}
              hasStoredKey={false}
              errors={saver.errors}
              providerIndex={providerIndex}
              chainIndex={0}
              policy={state.policy}
              models={models}
              baseUrlPlaceholder={PRESETS[preset].baseUrlPlaceholder}
              compact
            />
          </li>
          <li>
            <h3>{t('opt_step_test')}</h3>
            <ConnectionTest candidate={testCandidate} apiKey={apiKey} onModels={setModels} onPick={(model) => setDraft({ ...draft, model })} />
          </li>
          <li>
            <h3>{t('opt_step_done')}</h3>
            <p className="help">{t('opt_step_doneHelp')}</p>
          </li>
        </ol>
      </SectionForm>
    </SectionFrame>
  );
}
