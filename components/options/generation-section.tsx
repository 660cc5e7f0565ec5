// Generation: system prompt, concise mode and its word limit, max tokens, temperature, output language.
import { useId, useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import type { GenerationPolicy } from '../../lib/settings/policy-schemas';
import { CheckField } from './check-field';
import { errorAt } from './issue-messages';
import { NumberField } from './number-field';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { TextAreaField } from './text-area-field';
import { TextField } from './text-field';
import { useSaveSettings } from './use-save-settings';

const LANGUAGES = ['English', '简体中文', '繁體中文', 'Español', 'Français', 'Deutsch', '日本語', '한국어', 'Português', 'Русский'];

export function GenerationSection({ state }: { state: OptionsState }) {
  const [generation, setGeneration] = useState<GenerationPolicy>(state.settings.generation);
  const saver = useSaveSettings();
  const languages = useId();
  const set = (patch: Partial<GenerationPolicy>) => setGeneration({ ...generation, ...patch });
  const at = (field: keyof GenerationPolicy) => errorAt(saver.errors, `generation.${field}`);
  const number = (value: number | null) => value ?? Number.NaN;

  return (
    <SectionFrame title={t('opt_nav_generation')} intro={t('opt_generationIntro')}>
      <SectionForm onSubmit={() => saver.save({ ...state.settings, generation })} notice={saver.notice} pending={saver.pending}>
        <TextAreaField
          label={t('opt_systemPrompt')}
          name="systemPrompt"
          rows={5}
          spellCheck
          value={generation.systemPrompt}
          onChange={(systemPrompt) => set({ systemPrompt })}
          error={at('systemPrompt')}
          help={t('opt_systemPromptHelp')}
        />
        <CheckField label={t('opt_concise')} name="concise" checked={generation.concise} onChange={(concise) => set({ concise })} help={t('opt_conciseHelp')} />
        <div className="row">
          <NumberField
            label={t('opt_conciseWords')}
            name="conciseWords"
            value={generation.conciseWords}
            onChange={(value) => set({ conciseWords: number(value) })}
            error={at('conciseWords')}
            disabled={!generation.concise}
          />
          <NumberField label={t('opt_maxTokens')} name="maxTokens" value={generation.maxTokens} onChange={(value) => set({ maxTokens: number(value) })} error={at('maxTokens')} />
          <NumberField
            label={t('opt_temperature')}
            name="temperature"
            step={0.1}
            value={generation.temperature}
            onChange={(value) => set({ temperature: number(value) })}
            error={at('temperature')}
            help={t('opt_temperatureHelp')}
          />
          <NumberField
            label={t('opt_transformTemperature')}
            name="transformTemperature"
            step={0.1}
            value={generation.transformTemperature}
            onChange={(value) => set({ transformTemperature: number(value) })}
            error={at('transformTemperature')}
            help={t('opt_transformTemperatureHelp')}
          />
        </div>
        <TextField
          label={t('opt_language')}
          name="language"
          value={generation.language}
          onChange={(language) => set({ language })}
          error={at('language')}
          help={t('opt_languageHelp')}
          list={languages}
        />
        <datalist id={languages}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} />
          ))}
        </datalist>
      </SectionForm>
    </SectionFrame>
  );
}
