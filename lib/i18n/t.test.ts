// A message is read from the catalogue once per page and set of substitutions; a missing one is asked for each time.
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { isMessageKey, t } from './t';

describe('t', () => {
  it('reads a message once per set of substitutions, and asks again for one that is missing', () => {
    const getMessage = vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      key === 'missingKey' ? '' : `${key}[${[subs ?? []].flat().join(',')}]`,
    );
    expect(t('result')).toBe('result[]');
    expect(t('result')).toBe('result[]');
    expect(isMessageKey('result')).toBe(true);
    expect(getMessage).toHaveBeenCalledTimes(1);
    expect(t('panelElapsed', '3')).toBe('panelElapsed[3]');
    expect(t('panelElapsed', ['3'])).toBe('panelElapsed[3]');
    expect(t('panelElapsed', '4')).toBe('panelElapsed[4]');
    expect(t('versionPosition', ['1', '23'])).toBe('versionPosition[1,23]');
    expect(t('versionPosition', ['12', '3'])).toBe('versionPosition[12,3]');
    expect(getMessage).toHaveBeenCalledTimes(5);
    expect(isMessageKey('missingKey')).toBe(false);
    expect(isMessageKey('missingKey')).toBe(false);
    expect(getMessage).toHaveBeenCalledTimes(7);
  });
});
