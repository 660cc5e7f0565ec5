// Providers: the list, a preset picker to add one, and the form of the selected provider.
import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { draftFromPreset, draftOf, presetName, type ProviderDraft } from './provider-draft';
import { ProviderForm } from './provider-form';
import { PRESET_IDS, PRESETS, type PresetId } from './provider-presets';
import { SectionFrame } from './section-frame';
import { SelectField } from './select-field';

interface Adding {
  draft: ProviderDraft;
  placeholder?: string;
}

export function ProvidersSection({ state }: { state: OptionsState }) {
  const { settings, keys } = state;
  const [selected, setSelected] = useState(settings.providers[0]?.id ?? '');
  const [adding, setAdding] = useState<Adding | null>(null);
  const [preset, setPreset] = useState<PresetId>('openai');
  const current = settings.providers.find((provider) => provider.id === selected) ?? settings.providers[0];

  const add = () => {
    setAdding({ draft: draftFromPreset(preset, settings.providers.map((provider) => provider.id)), placeholder: PRESETS[preset].baseUrlPlaceholder });
  };

  return (
    <SectionFrame title={t('opt_nav_providers')} intro={t('opt_providersIntro')}>
      <div className="split">
        <div className="side-list">
          <ul className="provider-list" aria-label={t('opt_providerList')}>
            {settings.providers.map((provider) => {
              const model = settings.chain.find((target) => target.providerId === provider.id)?.model;
              return (
                <li key={provider.id}>
                  <button
                    type="button"
                    className="list-item"
                    aria-current={!adding && current?.id === provider.id ? 'true' : undefined}
                    onClick={() => {
                      setAdding(null);
                      setSelected(provider.id);
                    }}
                  >
                    <span className="item-title">{provider.name}</span>
                    <span className="item-meta">
                      {model ?? t('opt_notInChain')}
                      {keys[provider.id] ? ` · ${t('opt_keySaved')}` : ''}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="add-provider">
            <SelectField
              label={t('opt_preset')}
              name="preset"
              value={preset}
              options={PRESET_IDS.map((id) => ({ value: id, label: presetName(id) }))}
              onChange={setPreset}
            />
            <button type="button" className="add" onClick={add}>
              {t('opt_addProvider')}
            </button>
          </div>
        </div>
        <div className="detail">
          {adding ? (
            <ProviderForm
              // The same key once saved keeps the form, and its "Saved." status, in place.
              key={adding.draft.provider.id}
              state={state}
              initial={adding.draft}
              isNew
              baseUrlPlaceholder={adding.placeholder}
              onSaved={(id) => {
                setAdding(null);
                setSelected(id);
              }}
              onClosed={() => setAdding(null)}
            />
          ) : (
            current && (
              <ProviderForm
                key={current.id}
                state={state}
                initial={draftOf(current, settings)}
                isNew={false}
                onSaved={setSelected}
                onClosed={() => setSelected(settings.providers[0]?.id ?? '')}
              />
            )
          )}
        </div>
      </div>
    </SectionFrame>
  );
}
