// The dashboard's tables: per model (success, latency percentiles, tokens, cost) and per day.
import { t } from '../../lib/i18n/t';
import type { Stats } from '../../lib/metrics/stats';
import { formatMs, formatNumber, formatPercent, formatUsd } from './format';

export function ModelTable({ stats }: { stats: Stats }) {
  return (
    <table className="data-table">
      <caption>{t('opt_tableByModel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('model')}</th>
          <th scope="col">{t('opt_requests')}</th>
          <th scope="col">{t('opt_successRate')}</th>
          <th scope="col">P50</th>
          <th scope="col">P95</th>
          <th scope="col">P99</th>
          <th scope="col">{t('opt_promptTokens')}</th>
          <th scope="col">{t('opt_completionTokens')}</th>
          <th scope="col">{t('opt_cost')}</th>
        </tr>
      </thead>
      <tbody>
        {stats.byModel.map((row) => (
          <tr key={row.model ?? ''}>
            <th scope="row">{row.model ?? t('opt_noModel')}</th>
            <td>{formatNumber(row.requests)}</td>
            <td>{formatPercent(row.successRate)}</td>
            <td>{formatMs(row.p50)}</td>
            <td>{formatMs(row.p95)}</td>
            <td>{formatMs(row.p99)}</td>
            <td>{formatNumber(row.promptTokens)}</td>
            <td>{formatNumber(row.completionTokens)}</td>
            <td>{formatUsd(row.costUsd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DayTable({ stats }: { stats: Stats }) {
  return (
    <table className="data-table">
      <caption>{t('opt_tableByDay')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('opt_day')}</th>
          <th scope="col">{t('opt_requests')}</th>
          <th scope="col">{t('opt_successRate')}</th>
          <th scope="col">{t('opt_promptTokens')}</th>
          <th scope="col">{t('opt_completionTokens')}</th>
          <th scope="col">{t('opt_cost')}</th>
        </tr>
      </thead>
      <tbody>
        {stats.byDay.map((row) => (
          <tr key={row.day}>
            <th scope="row">{row.day}</th>
            <td>{formatNumber(row.requests)}</td>
            <td>{formatPercent(row.successRate)}</td>
            <td>{formatNumber(row.promptTokens)}</td>
            <td>{formatNumber(row.completionTokens)}</td>
            <td>{formatUsd(row.costUsd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
