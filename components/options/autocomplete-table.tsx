// The dashboard's autocomplete rows: per day, what was shown, accepted and dismissed, and what it cost.
import { useQuery } from '@tanstack/react-query';
import { t, type MessageKey } from '../../lib/i18n/t';
import type { AutocompleteDay } from '../../lib/metrics/autocomplete-usage';
import { autocompleteStatsQuery } from '../queries';
import { formatNumber, formatUsd } from './format';

const COLUMNS: Array<[MessageKey, (day: AutocompleteDay) => string]> = [
  ['opt_requests', (day) => formatNumber(day.requests)],
  ['opt_acReused', (day) => formatNumber(day.reused)],
  ['opt_acShown', (day) => formatNumber(day.shown)],
  ['opt_acAcceptedWhole', (day) => formatNumber(day.acceptedWhole)],
  ['opt_acAcceptedWord', (day) => formatNumber(day.acceptedWord)],
  ['opt_acDismissed', (day) => formatNumber(day.dismissed)],
  ['opt_acAborted', (day) => formatNumber(day.aborted)],
  ['opt_acWasted', (day) => formatNumber(day.wastedTokens)],
  ['opt_acTokens', (day) => formatNumber(day.promptTokens + day.completionTokens)],
  ['opt_cost', (day) => formatUsd(day.costUsd)],
];

export function AutocompleteTable() {
  const days = useQuery(autocompleteStatsQuery);
  if (!days.data || days.data.length === 0) return null;
  return (
    <table className="data-table autocomplete-table">
      <caption>{t('opt_autocompleteTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('opt_day')}</th>
          {COLUMNS.map(([label]) => (
            <th key={label} scope="col">
              {t(label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {days.data.map((day) => (
          <tr key={day.day}>
            <th scope="row">{day.day}</th>
            {COLUMNS.map(([label, value]) => (
              <td key={label}>{value(day)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
