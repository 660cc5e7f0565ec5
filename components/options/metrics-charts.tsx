// The dashboard's charts: latency of each request, requests and success rate per day, tokens and cost per day.
import { useId, type ReactNode } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../../lib/i18n/t';
import type { MetricsRecord } from '../../lib/metrics/metrics-record';
import { isCounted } from '../../lib/metrics/stats';
import type { timeBuckets } from './metrics-series';
import { formatNumber, formatPercent, formatTime, formatUsd } from './format';

type TimeSeries = ReturnType<typeof timeBuckets>;

const CHART_STYLE = { width: '100%', height: 240 };
const AXIS = { stroke: 'var(--muted)', fontSize: 12 };

function Figure({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <figure className={`chart ${className}`} aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      {children}
    </figure>
  );
}

export function LatencyChart({ records }: { records: readonly MetricsRecord[] }) {
  const data = records.filter(isCounted).map((record) => ({ at: record.at, latency: Math.round(record.latencyMs), ttft: record.ttftMs === null ? null : Math.round(record.ttftMs) }));
  if (data.length === 0) {
    return (
      <Figure title={t('opt_chartLatency')} className="latency-chart">
        <p className="empty">{t('opt_noLatencyYet')}</p>
      </Figure>
    );
  }
  return (
    <Figure title={t('opt_chartLatency')} className="latency-chart">
      <LineChart responsive style={CHART_STYLE} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="at" type="number" domain={['dataMin', 'dataMax']} scale="time" tickFormatter={(at: number) => new Date(at).toLocaleTimeString()} {...AXIS} />
        <YAxis unit=" ms" width={72} {...AXIS} />
        <Tooltip labelFormatter={(at) => formatTime(Number(at))} contentStyle={{ background: 'var(--bg)', borderColor: 'var(--border)' }} />
        <Legend />
        <Line type="linear" dataKey="latency" name={t('opt_latency')} stroke="var(--accent)" isAnimationActive={false} dot={{ r: 3 }} />
        <Line type="linear" dataKey="ttft" name={t('opt_ttft')} stroke="var(--ok)" isAnimationActive={false} dot={{ r: 2 }} connectNulls />
      </LineChart>
    </Figure>
  );
}

// Bars stay narrow with few buckets, and a single bucket is a point, not a bar across the whole chart.
const MAX_BAR = 48;

export function DailyRequestsChart({ series }: { series: TimeSeries }) {
  const { unit, buckets } = series;
  return (
    <Figure title={t(unit === 'hour' ? 'opt_chartHourly' : 'opt_chartDaily')} className="daily-chart">
      <ComposedChart responsive style={CHART_STYLE} data={buckets} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="label" {...AXIS} />
        <YAxis yAxisId="count" allowDecimals={false} {...AXIS} />
        <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" {...AXIS} />
        <Tooltip formatter={(value, name) => (name === t('opt_successRate') ? formatPercent(Number(value) / 100) : formatNumber(Number(value)))} contentStyle={{ background: 'var(--bg)', borderColor: 'var(--border)' }} />
        <Legend />
        <Bar yAxisId="count" dataKey="requests" name={t('opt_requests')} fill="var(--accent)" maxBarSize={MAX_BAR} isAnimationActive={false} />
        <Line yAxisId="rate" dataKey="success" name={t('opt_successRate')} stroke="var(--ok)" dot={{ r: 4 }} isAnimationActive={false} />
      </ComposedChart>
    </Figure>
  );
}

export function TokensCostChart({ series }: { series: TimeSeries }) {
  const { unit, buckets } = series;
  // Without prices there is no cost to draw: the chart says so instead of an axis of zeros.
  const hasCost = buckets.some((bucket) => bucket.cost > 0);
  return (
    <Figure title={t(unit === 'hour' ? (hasCost ? 'opt_chartTokensHourly' : 'opt_chartTokensOnlyHourly') : hasCost ? 'opt_chartTokens' : 'opt_chartTokensOnly')} className="tokens-chart">
      <ComposedChart responsive style={CHART_STYLE} data={buckets} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="label" {...AXIS} />
        <YAxis yAxisId="tokens" {...AXIS} />
        {hasCost && <YAxis yAxisId="cost" orientation="right" domain={[0, 'dataMax']} tickFormatter={(value: number) => formatUsd(value)} width={80} {...AXIS} />}
        <Tooltip formatter={(value, name) => (name === t('opt_cost') ? formatUsd(Number(value)) : formatNumber(Number(value)))} contentStyle={{ background: 'var(--bg)', borderColor: 'var(--border)' }} />
        <Legend />
        <Bar yAxisId="tokens" stackId="tokens" dataKey="prompt" name={t('opt_promptTokens')} fill="var(--accent)" maxBarSize={MAX_BAR} isAnimationActive={false} />
        <Bar yAxisId="tokens" stackId="tokens" dataKey="completion" name={t('opt_completionTokens')} fill="var(--accent-2)" maxBarSize={MAX_BAR} isAnimationActive={false} />
        {hasCost && <Line yAxisId="cost" dataKey="cost" name={t('opt_cost')} stroke="var(--warn)" dot={{ r: 4 }} isAnimationActive={false} />}
      </ComposedChart>
      {!hasCost && <p className="help chart-note">{t('opt_noCostYet')}</p>}
    </Figure>
  );
}
