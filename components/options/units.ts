// Owns the human units the options page shows stored numbers in (days, hours, seconds, MB) and their names in
// the browser's language, so a setting reads "2 hours" rather than 7200000 ms.
import { browser } from 'wxt/browser';

export interface Unit {
  // An Intl unit identifier, which also names it.
  id: 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'kilobyte' | 'megabyte';
  // How many stored units (ms or bytes) one of it is.
  size: number;
}

export const TIME_UNITS: readonly Unit[] = [
  { id: 'millisecond', size: 1 },
  { id: 'second', size: 1000 },
  { id: 'minute', size: 60_000 },
  { id: 'hour', size: 3_600_000 },
  { id: 'day', size: 86_400_000 },
];
// Decimal, as formatBytes shows sizes.
export const SIZE_UNITS: readonly Unit[] = [
  { id: 'kilobyte', size: 1000 },
  { id: 'megabyte', size: 1_000_000 },
];

// The largest unit the value is a whole number of (else the smallest), so 7200000 ms opens as 2 hours.
export function bestUnit(value: number, units: readonly Unit[]): Unit {
  const fits = [...units].reverse().find((unit) => value >= unit.size && Number.isInteger(value / unit.size));
  return fits ?? units[0]!;
}

// The unit's plural name in the UI language ("hours", "小时").
export function unitName(unit: Unit, locale = browser.i18n.getUILanguage()): string {
  const parts = new Intl.NumberFormat(locale, { style: 'unit', unit: unit.id, unitDisplay: 'long' }).formatToParts(2);
  return parts.find((part) => part.type === 'unit')?.value ?? unit.id;
}

// Stored units from what the user typed; rounded, since the schema stores whole ms and bytes.
export function toStored(amount: number, unit: Unit): number {
  return Math.round(amount * unit.size);
}
