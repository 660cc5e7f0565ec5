// Cache: size and TTL caps, when answers may be cached, live stats from the background, and Clear.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import type { CachePolicy } from '../../lib/settings/policy-schemas';
import { cacheStatsQuery, queryKeys } from '../queries';
import { CheckField } from './check-field';
import { formatBytes, formatNumber, formatPercent } from './format';
import { errorAt } from './issue-messages';
import { NumberField } from './number-field';
import { UnitField } from './unit-field';
import { SIZE_UNITS, TIME_UNITS } from './units';
import { SectionForm } from './section-form';
import { SectionFrame } from './section-frame';
import { useSaveSettings } from './use-save-settings';
import { ActionError } from './action-error';

function CacheStats() {
  const queryClient = useQueryClient();
  const stats = useQuery(cacheStatsQuery);
  const [cleared, setCleared] = useState('');
  const clear = useMutation({
    mutationFn: () => sendMessage('clearCache', undefined),
    // A "cleared" left from an earlier click must not stand beside a failure.
    onMutate: () => setCleared(''),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.cacheStats });
      setCleared(t('opt_cacheCleared'));
    },
  });
  return (
    <div className="stats-box">
      <dl className="tiles" aria-busy={stats.isPending}>
        <div>
          <dt>{t('opt_cacheEntries')}</dt>
          <dd>{stats.data ? formatNumber(stats.data.entries) : '…'}</dd>
        </div>
        <div>
          <dt>{t('opt_cacheBytes')}</dt>
          <dd>{stats.data ? formatBytes(stats.data.bytes) : '…'}</dd>
        </div>
        <div>
          <dt>{t('opt_hitRate')}</dt>
          <dd>{stats.data ? formatPercent(stats.data.hitRate) : '…'}</dd>
        </div>
      </dl>
      {stats.isError && (
        <p className="error" role="alert">
          {t('loadFailed', stats.error.message)}
        </p>
      )}
      <div className="actions">
        <button type="button" className="danger" onClick={() => clear.mutate()} disabled={clear.isPending}>
          {t('opt_clearCache')}
        </button>
        <p aria-live="polite" className="ok">
          {cleared}
        </p>
      </div>
      <ActionError actions={[clear]} />
    </div>
  );
}

export function CacheSection({ state }: { state: OptionsState }) {
  const [cache, setCache] = useState<CachePolicy>(state.settings.cache);
  const saver = useSaveSettings();
  const set = (patch: Partial<CachePolicy>) => setCache({ ...cache, ...patch });
  const at = (field: keyof CachePolicy) => errorAt(saver.errors, `cache.${field}`);
  const num = (value: number | null) => value ?? Number.NaN;

  return (
    <SectionFrame title={t('opt_nav_cache')} intro={t('opt_cacheIntro')}>
      <CacheStats />
      <SectionForm onSubmit={() => saver.save({ ...state.settings, cache })} notice={saver.notice} pending={saver.pending}>
        <CheckField label={t('opt_cacheEnabled')} name="cacheEnabled" checked={cache.enabled} onChange={(enabled) => set({ enabled })} />
        <div className="row">
          <NumberField label={t('opt_cacheMaxEntries')} name="maxEntries" value={cache.maxEntries} onChange={(value) => set({ maxEntries: num(value) })} error={at('maxEntries')} />
          <UnitField label={t('opt_cacheMaxBytes')} name="maxBytes" units={SIZE_UNITS} value={cache.maxBytes} onChange={(maxBytes) => set({ maxBytes })} error={at('maxBytes')} />
          <UnitField label={t('opt_cacheTtlMs')} name="ttlMs" units={TIME_UNITS} value={cache.ttlMs} onChange={(ttlMs) => set({ ttlMs })} error={at('ttlMs')} />
        </div>
        <NumberField
          label={t('opt_cacheMaxTemperature')}
          name="maxTemperature"
          step={0.1}
          value={cache.maxTemperature}
          onChange={(value) => set({ maxTemperature: num(value) })}
          error={at('maxTemperature')}
          help={t('opt_cacheMaxTemperatureHelp')}
          disabled={cache.cacheAnyTemperature}
        />
        <CheckField label={t('opt_cacheAnyTemperature')} name="cacheAnyTemperature" checked={cache.cacheAnyTemperature} onChange={(cacheAnyTemperature) => set({ cacheAnyTemperature })} />
      </SectionForm>
    </SectionFrame>
  );
}
