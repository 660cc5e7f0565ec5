// The popup's autocomplete switch for the current tab's site, and the notice when the daily cap stopped it.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import { autocompleteSwitchQuery, queryKeys } from '../queries';

export function AutocompleteSwitch({ tabId }: { tabId: number }) {
  const client = useQueryClient();
  const status = useQuery(autocompleteSwitchQuery(tabId));
  const [chosen, setChosen] = useState<boolean | null>(null);
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => sendMessage('setAutocompleteEnabled', { tabId, enabled }),
    onSuccess: (next) => client.setQueryData(queryKeys.autocompleteSwitch(tabId), next),
    onSettled: () => setChosen(null),
  });
  if (!status.data || status.data.site === null) return null;
  const { site, enabled, siteAllowed, capReached } = status.data;
  return (
    <div className="autocomplete-switch">
      <label className="site-switch">
        <input
          type="checkbox"
          role="switch"
          checked={chosen ?? enabled}
          disabled={!siteAllowed}
          onChange={(event) => {
            setChosen(event.target.checked);
            toggle.mutate(event.target.checked);
          }}
        />
        {t('popupAutocomplete', site)}
      </label>
      {!siteAllowed && <p className="muted">{t('popupAutocompleteSiteOff')}</p>}
      {siteAllowed && enabled && capReached && (
        <p className="notice" role="status">
          {t(capReached === 'tokens' ? 'popupAutocompleteCapTokens' : 'popupAutocompleteCapCost')}{' '}
          <button type="button" className="link" onClick={() => void sendMessage('openOptions', undefined)}>
            {t('popupAutocompleteSettings')}
          </button>
        </p>
      )}
    </div>
  );
}
