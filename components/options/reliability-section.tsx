// Reliability: retries and timeouts, the circuit breaker, per-provider rate limits, batching.
import { useState } from 'react';
import { t, type MessageKey } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import type { RateLimitPolicy } from '../../lib/settings/policy-schemas';
import type { Settings } from '../../lib/settings/schema';
import { CheckField } from './check-field';
import { errorAt } from './issue-messages';
import { NumberField } from './number-field';
import { UnitField } from './unit-field';
import { TIME_UNITS } from './units';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { useSaveSettings } from './use-save-settings';

type Draft = Pick<Settings, 'retry' | 'breaker' | 'rateLimits' | 'batching'>;
type RetryTime = Exclude<keyof Settings['retry'], 'maxRetries'>;
// The fine-grained timings most people never change: under a collapsed "Advanced".
const ADVANCED_TIMES: ReadonlyArray<[RetryTime, MessageKey]> = [
  ['baseDelayMs', 'opt_baseDelayMs'],
  ['maxDelayMs', 'opt_maxDelayMs'],
  ['firstTokenTimeoutMs', 'opt_firstTokenTimeoutMs'],
  ['idleTimeoutMs', 'opt_idleTimeoutMs'],
];
const NO_LIMIT: RateLimitPolicy = { requestsPerMinute: null, tokensPerMinute: null };

export function ReliabilitySection({ state }: { state: OptionsState }) {
  const { settings } = state;
  const [draft, setDraft] = useState<Draft>({ retry: settings.retry, breaker: settings.breaker, rateLimits: settings.rateLimits, batching: settings.batching });
  const saver = useSaveSettings();
  const at = (path: string) => errorAt(saver.errors, path);
  const num = (value: number | null) => value ?? Number.NaN;
  const setLimit = (providerId: string, patch: Partial<RateLimitPolicy>) =>
    setDraft({ ...draft, rateLimits: { ...draft.rateLimits, [providerId]: { ...(draft.rateLimits[providerId] ?? NO_LIMIT), ...patch } } });

  return (
    <SectionFrame title={t('opt_nav_reliability')} intro={t('opt_reliabilityIntro')}>
      <SectionForm onSubmit={() => saver.save({ ...settings, ...draft })} notice={saver.notice} pending={saver.pending}>
        <fieldset>
          <legend>{t('opt_retriesLegend')}</legend>
          <div className="grid">
            <NumberField
              label={t('opt_maxRetries')}
              name="maxRetries"
              value={draft.retry.maxRetries}
              onChange={(value) => setDraft({ ...draft, retry: { ...draft.retry, maxRetries: num(value) } })}
              error={at('retry.maxRetries')}
            />
            <UnitField
              label={t('opt_deadlineMs')}
              name="deadlineMs"
              units={TIME_UNITS}
              value={draft.retry.deadlineMs}
              onChange={(deadlineMs) => setDraft({ ...draft, retry: { ...draft.retry, deadlineMs } })}
              error={at('retry.deadlineMs')}
            />
            <NumberField
              label={t('opt_breakerThreshold')}
              name="failureThreshold"
              value={draft.breaker.failureThreshold}
              onChange={(value) => setDraft({ ...draft, breaker: { ...draft.breaker, failureThreshold: num(value) } })}
              error={at('breaker.failureThreshold')}
            />
          </div>
          <details className="advanced">
            <summary>{t('opt_advanced')}</summary>
            <div className="grid">
              {ADVANCED_TIMES.map(([field, label]) => (
                <UnitField
                  key={field}
                  label={t(label)}
                  name={field}
                  units={TIME_UNITS}
                  value={draft.retry[field]}
                  onChange={(value) => setDraft({ ...draft, retry: { ...draft.retry, [field]: value } })}
                  error={at(`retry.${field}`)}
                />
              ))}
              <UnitField
                label={t('opt_breakerCooldownMs')}
                name="cooldownMs"
                units={TIME_UNITS}
                value={draft.breaker.cooldownMs}
                onChange={(cooldownMs) => setDraft({ ...draft, breaker: { ...draft.breaker, cooldownMs } })}
                error={at('breaker.cooldownMs')}
              />
            </div>
          </details>
        </fieldset>
        <fieldset>
          <legend>{t('opt_rateLimits')}</legend>
          <p className="help">{t('opt_rateLimitsHelp')}</p>
          {settings.providers.map((provider) => {
            const limit = draft.rateLimits[provider.id] ?? NO_LIMIT;
            return (
              <div className="row" key={provider.id}>
                <NumberField
                  label={t('opt_requestsPerMinute', provider.name)}
                  name={`rpm-${provider.id}`}
                  value={limit.requestsPerMinute}
                  placeholder={t('opt_noLimit')}
                  onChange={(requestsPerMinute) => setLimit(provider.id, { requestsPerMinute })}
                  error={at(`rateLimits.${provider.id}.requestsPerMinute`)}
                />
                <NumberField
                  label={t('opt_tokensPerMinute', provider.name)}
                  name={`tpm-${provider.id}`}
                  value={limit.tokensPerMinute}
                  placeholder={t('opt_noLimit')}
                  onChange={(tokensPerMinute) => setLimit(provider.id, { tokensPerMinute })}
                  error={at(`rateLimits.${provider.id}.tokensPerMinute`)}
                />
              </div>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t('opt_batching')}</legend>
          <CheckField
            label={t('opt_batchingEnabled')}
            name="batching"
            checked={draft.batching.enabled}
            onChange={(enabled) => setDraft({ ...draft, batching: { ...draft.batching, enabled } })}
            help={t('opt_batchingHelp')}
          />
          <div className="row">
            <NumberField
              label={t('opt_batchMaxPromptTokens')}
              name="maxPromptTokens"
              value={draft.batching.maxPromptTokens}
              onChange={(value) => setDraft({ ...draft, batching: { ...draft.batching, maxPromptTokens: num(value) } })}
              error={at('batching.maxPromptTokens')}
              disabled={!draft.batching.enabled}
            />
            <NumberField
              label={t('opt_batchMaxSize')}
              name="maxBatchSize"
              value={draft.batching.maxBatchSize}
              onChange={(value) => setDraft({ ...draft, batching: { ...draft.batching, maxBatchSize: num(value) } })}
              error={at('batching.maxBatchSize')}
              disabled={!draft.batching.enabled}
            />
          </div>
        </fieldset>
      </SectionForm>
    </SectionFrame>
  );
}
