import { describe, expect, it } from 'vitest';
import { bestUnit, SIZE_UNITS, TIME_UNITS, toStored, unitName } from './units';

describe('units', () => {
  it.each([
    [7_200_000, 'hour'],
    [604_800_000, 'day'],
    [30_000, 'second'],
    [500, 'millisecond'],
    // 90 seconds is not a whole number of minutes.
    [90_000, 'second'],
  ])('%d ms opens as %s', (ms, unit) => {
    expect(bestUnit(ms, TIME_UNITS).id).toBe(unit);
  });

  it('sizes open in MB when whole, else KB', () => {
    expect(bestUnit(10_000_000, SIZE_UNITS).id).toBe('megabyte');
    expect(bestUnit(1_500, SIZE_UNITS).id).toBe('kilobyte');
  });

  it('stores whole ms and bytes', () => {
    expect(toStored(2, TIME_UNITS[3]!)).toBe(7_200_000);
    expect(toStored(1.5, SIZE_UNITS[1]!)).toBe(1_500_000);
    expect(toStored(0.0004, TIME_UNITS[1]!)).toBe(0);
  });

  it('names units in the given language', () => {
    expect(unitName(TIME_UNITS[3]!, 'en')).toBe('hours');
    expect(unitName(TIME_UNITS[3]!, 'zh-CN')).toBe('小时');
  });
});
