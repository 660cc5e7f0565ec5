// Filter: mode, word and pattern lists (with the organisation's, locked), moderation, and a box to try it.
import { useState } from 'react';
import { tPlural } from '../../lib/i18n/plural';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { applyManagedPolicy } from '../../lib/settings/managed-policy';
import { FilterModeSchema, type FilterPolicy } from '../../lib/settings/policy-schemas';
import { CheckField } from './check-field';
import { LockedNote } from './field-frame';
import { FilterTester } from './filter-tester';
import { errorAt } from './issue-messages';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { SelectField } from './select-field';
import { linesOf, TextAreaField } from './text-area-field';
import { useSaveSettings } from './use-save-settings';

const MODE_LABELS = { off: 'opt_filterMode_off', block: 'opt_filterMode_block', mask: 'opt_filterMode_mask', warn: 'opt_filterMode_warn' } as const;

export function FilterSection({ state }: { state: OptionsState }) {
  const { settings, policy } = state;
  const saver = useSaveSettings();
  const [mode, setMode] = useState(settings.filter.mode);
  const [words, setWords] = useState(settings.filter.words.join('\n'));
  const [patterns, setPatterns] = useState(settings.filter.patterns.join('\n'));
  const [moderation, setModeration] = useState(settings.filter.moderation);
  // Offensive words are not shown until asked for: a count, and a control that reveals the list.
  const [wordsShown, setWordsShown] = useState(false);
  const wordsError = errorAt(saver.errors, 'filter.words');
  const filter: FilterPolicy = { mode, words: linesOf(words), patterns: linesOf(patterns), moderation };
  // The tester shows what generation will do: the organisation's lists and mode apply too.
  const effective = applyManagedPolicy({ ...settings, filter }, policy).filter;
  const managedTerms = [...(policy.filterWords ?? []), ...(policy.filterPatterns ?? [])];

  return (
    <SectionFrame title={t('opt_nav_filter')} intro={t('opt_filterIntro')}>
      <SectionForm onSubmit={() => saver.save({ ...settings, filter })} notice={saver.notice} pending={saver.pending}>
        <SelectField
          label={t('opt_filterMode')}
          name="filterMode"
          value={policy.filterMode ?? mode}
          options={FilterModeSchema.options.map((value) => ({ value, label: t(MODE_LABELS[value]) }))}
          onChange={setMode}
          locked={policy.filterMode !== undefined}
        />
        <div className="row">
          {wordsShown || wordsError ? (
            <TextAreaField label={t('opt_filterWords')} name="filterWords" rows={6} value={words} onChange={setWords} error={wordsError} help={t('opt_oneLine')} />
          ) : (
            <div className="field">
              <span className="label-text">{t('opt_filterWords')}</span>
              <p className="help">{tPlural('opt_filterWordCount', linesOf(words).length)}</p>
              <button type="button" className="secondary" data-no-edit aria-expanded={false} onClick={() => setWordsShown(true)}>
                {t('opt_filterWordsReveal')}
              </button>
            </div>
          )}
          <TextAreaField
            label={t('opt_filterPatterns')}
            name="filterPatterns"
            rows={6}
            value={patterns}
            onChange={setPatterns}
            error={errorAt(saver.errors, 'filter.patterns')}
            help={t('opt_filterPatternsHelp')}
          />
        </div>
        {managedTerms.length > 0 && (
          <div className="managed-list">
            <p>{tPlural('opt_managedTerms', managedTerms.length)}</p>
            <LockedNote />
          </div>
        )}
        <CheckField
          label={t('opt_moderation')}
          name="moderation"
          checked={moderation.enabled}
          onChange={(enabled) => setModeration({ ...moderation, enabled })}
          help={t('opt_moderationHelp')}
        />
        {moderation.enabled && (
          <SelectField
            label={t('opt_moderationProvider')}
            name="moderationProvider"
            value={moderation.providerId ?? ''}
            options={[{ value: '', label: t('opt_moderationFirst') }, ...settings.providers.map((provider) => ({ value: provider.id, label: provider.name }))]}
            onChange={(providerId) => setModeration({ enabled: true, ...(providerId ? { providerId } : {}) })}
          />
        )}
      </SectionForm>
      <FilterTester policy={effective} />
    </SectionFrame>
  );
}
