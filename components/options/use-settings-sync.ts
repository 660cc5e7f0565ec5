// Owns keeping the page's settings fresh when another page (the popup, another tab) changes them.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { queryKeys } from '../queries';
import { isPolicyChange } from '../../lib/settings/policy-change';

export function useSettingsSync(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      // Keys live in storage.local; settings in sync; the organisation policy in managed.
      if ((area === 'sync' && 'settings' in changes) || isPolicyChange(changes, area) || (area === 'local' && 'apiKeys' in changes)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.optionsState });
        void queryClient.invalidateQueries({ queryKey: queryKeys.settings });
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [queryClient]);
}
