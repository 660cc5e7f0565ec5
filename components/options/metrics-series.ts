// Owns the dashboard's time buckets: per day normally, per hour when the data spans a single day, so a day of
// data reads as its hours rather than one wall-to-wall bar.
import { browser } from 'wxt/browser';
import type { MetricsRecord } from '../../lib/metrics/metrics-record';
import { isCounted, isSuccessful, type Stats } from '../../lib/metrics/stats';

export interface Bucket {
  label: string;
  requests: number;
  // Percent, or null with nothing counted.
  success: number | null;
  prompt: number;
  completion: number;
  cost: number;
}

function hourLabel(at: number): string {
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { hour: 'numeric' }).format(at);
}

function byHour(records: readonly MetricsRecord[]): Bucket[] {
  const hours = new Map<number, { at: number; records: MetricsRecord[] }>();
  for (const record of records) {
    const hour = Math.floor(record.at / 3_600_000);
    const bucket = hours.get(hour) ?? { at: hour * 3_600_000, records: [] };
    bucket.records.push(record);
    hours.set(hour, bucket);
  }
  return [...hours.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, { at, records: inHour }]) => {
      const counted = inHour.filter(isCounted);
      return {
        label: hourLabel(at),
        requests: counted.length,
        success: counted.length === 0 ? null : Math.round((counted.filter(isSuccessful).length / counted.length) * 1000) / 10,
        prompt: counted.reduce((sum, record) => sum + record.promptTokens, 0),
        completion: counted.reduce((sum, record) => sum + record.completionTokens, 0),
        cost: counted.reduce((sum, record) => sum + record.costUsd, 0),
      };
    });
}

export function timeBuckets(stats: Stats, records: readonly MetricsRecord[]): { unit: 'hour' | 'day'; buckets: Bucket[] } {
  if (stats.byDay.length <= 1) return { unit: 'hour', buckets: byHour(records) };
  return {
    unit: 'day',
    buckets: stats.byDay.map((day) => ({
      label: day.day,
      requests: day.requests,
      success: day.successRate === null ? null : Math.round(day.successRate * 1000) / 10,
      prompt: day.promptTokens,
      completion: day.completionTokens,
      cost: day.costUsd,
    })),
  };
}
