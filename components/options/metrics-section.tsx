// Metrics dashboard: time range and model filters, summary figures, charts, tables, CSV export.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t, type MessageKey } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import type { MetricsView } from '../../lib/messaging/options-schemas';
import { recordsToCsv } from '../../lib/metrics/csv';
import { METRICS_RANGES, metricsQuery, queryKeys, type MetricsRange } from '../queries';
import { downloadText, today } from './download';
import { formatMs, formatNumber, formatPercent, formatUsd } from './format';
import { AutocompleteTable } from './autocomplete-table';
import { DailyRequestsChart, LatencyChart, TokensCostChart } from './metrics-charts';
import { DayTable, ModelTable } from './metrics-tables';
import { timeBuckets } from './metrics-series';
import { SectionFrame } from './section-frame';
import { SelectField } from './select-field';
import { ActionError } from './action-error';

const RANGE_LABELS: Record<MetricsRange, MessageKey> = { '1h': 'opt_range_1h', '24h': 'opt_range_24h', '7d': 'opt_range_7d', '30d': 'opt_range_30d', all: 'opt_range_all' };

function Summary({ view }: { view: MetricsView }) {
  const { stats } = view;
  const tiles: Array<[MessageKey, string]> = [
    ['opt_requests', formatNumber(stats.total)],
    ['opt_successRate', formatPercent(stats.successRate)],
    ['opt_p50', formatMs(stats.latency.p50)],
    ['opt_p95', formatMs(stats.latency.p95)],
    ['opt_p99', formatMs(stats.latency.p99)],
    ['opt_ttftP50', formatMs(stats.ttft.p50)],
    ['opt_hitRate', formatPercent(stats.cacheHitRate)],
    ['opt_retries', formatNumber(stats.retries)],
    ['opt_fallbacks', formatNumber(stats.fallbacks)],
    ['opt_cost', formatUsd(stats.byModel.reduce((sum, row) => sum + row.costUsd, 0))],
  ];
  return (
    <dl className="tiles metrics-tiles">
      {tiles.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function MetricsSection() {
  const queryClient = useQueryClient();
  const [range, setRange] = useState<MetricsRange>('7d');
  const [model, setModel] = useState('');
  const metrics = useQuery(metricsQuery(range, model));
  const clear = useMutation({
    mutationFn: () => sendMessage('clearMetrics', undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.metricsAll }),
  });
  const view = metrics.data;
  const errors = Object.entries(view?.stats.errorsByCode ?? {});

  return (
    <SectionFrame title={t('opt_nav_metrics')} intro={t('opt_metricsIntro')}>
      <div className="toolbar">
        <SelectField
          label={t('opt_timeRange')}
          name="range"
          value={range}
          options={(Object.keys(METRICS_RANGES) as MetricsRange[]).map((value) => ({ value, label: t(RANGE_LABELS[value]) }))}
          onChange={setRange}
        />
        <SelectField
          label={t('opt_modelFilter')}
          name="modelFilter"
          value={model}
          options={[{ value: '', label: t('opt_allModels') }, ...(view?.models ?? (model ? [model] : [])).map((value) => ({ value, label: value }))]}
          onChange={setModel}
        />
        <button type="button" className="secondary" onClick={() => {
          void metrics.refetch();
          void queryClient.invalidateQueries({ queryKey: queryKeys.autocompleteStats });
        }}>
          {t('opt_refresh')}
        </button>
        <button type="button" className="secondary" disabled={!view || view.records.length === 0} onClick={() => view && downloadText(`draftsmith-metrics-${today()}.csv`, recordsToCsv(view.records), 'text/csv')}>
          {t('opt_exportCsv')}
        </button>
        <button type="button" className="danger" onClick={() => clear.mutate()} disabled={clear.isPending}>
          {t('opt_clearMetrics')}
        </button>
      </div>
      <ActionError actions={[clear]} />
      {metrics.isPending && <p aria-busy="true">{t('opt_loading')}</p>}
      {metrics.isError && (
        <p className="error" role="alert">
          {t('loadFailed', metrics.error.message)}
        </p>
      )}
      {view && view.records.length === 0 && (
        <div className="empty-state">
          <p className="empty">{t('opt_noMetrics')}</p>
          <p className="help">{t('opt_noMetricsHow')}</p>
        </div>
      )}
      {view && view.records.length > 0 && (
        <>
          <Summary view={view} />
          <div className="charts">
            <LatencyChart records={view.records} />
            <DailyRequestsChart series={timeBuckets(view.stats, view.records)} />
            <TokensCostChart series={timeBuckets(view.stats, view.records)} />
          </div>
          <ModelTable stats={view.stats} />
          <DayTable stats={view.stats} />
          {errors.length > 0 && (
            <p className="help">
              {t('opt_errorsByCode')} {errors.map(([code, count]) => `${code}: ${count}`).join(', ')}
            </p>
          )}
        </>
      )}
      <AutocompleteTable />
    </SectionFrame>
  );
}
