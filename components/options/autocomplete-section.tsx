// Autocomplete: the global switch (applies at once), the model that suggests, and the daily caps.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { CHROME_BUILT_IN_MODEL } from '../../lib/providers/chrome-built-in';
import type { AutocompleteSettings } from '../../lib/settings/autocomplete-schema';
import { targetId } from '../../lib/settings/provider-schema';
import { builtInQuery } from '../queries';
import { CheckField } from './check-field';
import { errorAt } from './issue-messages';
import { NumberField } from './number-field';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { SelectField } from './select-field';
import { useSaveSettings } from './use-save-settings';

const BUILT_IN = { providerId: 'chrome-built-in', model: CHROME_BUILT_IN_MODEL };

export function AutocompleteSection({ state }: { state: OptionsState }) {
  const saved = state.settings.autocomplete;
  const [draft, setDraft] = useState<AutocompleteSettings>(saved);
  const switcher = useSaveSettings();
  const saver = useSaveSettings();
  const builtIn = useQuery(builtInQuery);
  const set = (patch: Partial<AutocompleteSettings>) => setDraft({ ...draft, ...patch });
  const at = (field: keyof AutocompleteSettings) => errorAt(saver.errors, `autocomplete.${field}`);

  const targets = [...state.settings.chain, BUILT_IN].filter((target, index, all) => all.findIndex((other) => targetId(other) === targetId(target)) === index);
  const builtInLabel = builtIn.data === 'unavailable' ? t('opt_autocompleteTargetBuiltInMissing') : t('opt_autocompleteTargetBuiltIn');
  const options = [
    { value: '', label: t('opt_autocompleteTargetChain') },
    ...targets.map((target) => ({ value: targetId(target), label: target.providerId === BUILT_IN.providerId ? builtInLabel : targetId(target) })),
  ];
  const chooseTarget = (value: string) => set({ target: targets.find((target) => targetId(target) === value) ?? null });

  return (
    <SectionFrame title={t('opt_nav_autocomplete')} intro={t('opt_autocompleteIntro')}>
      <CheckField
        label={t('opt_autocompleteEnabled')}
        name="autocompleteEnabled"
        role="switch"
        checked={draft.enabled}
        disabled={switcher.pending}
        onChange={(enabled) => {
          set({ enabled });
          void switcher.save({ ...state.settings, autocomplete: { ...saved, enabled } });
        }}
        help={t('opt_autocompleteEnabledHelp')}
      />
      <p role="status" className={`save-status ${switcher.notice?.kind ?? ''}`}>
        {switcher.notice?.text}
      </p>
      <SectionForm onSubmit={() => saver.save({ ...state.settings, autocomplete: { ...draft, enabled: saved.enabled } })} notice={saver.notice} pending={saver.pending}>
        <SelectField
          label={t('opt_autocompleteTarget')}
          name="autocompleteTarget"
          value={draft.target ? targetId(draft.target) : ''}
          options={options}
          onChange={chooseTarget}
          error={errorAt(saver.errors, 'autocomplete.target.providerId')}
          help={t('opt_autocompleteTargetHelp')}
        />
        <div className="row">
          <NumberField
            label={t('opt_autocompleteTokenCap')}
            name="dailyTokenCap"
            value={draft.dailyTokenCap}
            onChange={(dailyTokenCap) => set({ dailyTokenCap })}
            error={at('dailyTokenCap')}
          />
          <NumberField
            label={t('opt_autocompleteCostCap')}
            name="dailyCostCapUsd"
            step="any"
            value={draft.dailyCostCapUsd}
            onChange={(dailyCostCapUsd) => set({ dailyCostCapUsd })}
            error={at('dailyCostCapUsd')}
          />
        </div>
        <p className="help">{t('opt_autocompleteCapHelp')}</p>
      </SectionForm>
    </SectionFrame>
  );
}
