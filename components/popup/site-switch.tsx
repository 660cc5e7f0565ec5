// The per-site switch: turns Draftsmith off (or back on) for the current tab's site.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import { queryKeys, siteSwitchQuery } from '../queries';

export function SiteSwitch({ tabId }: { tabId: number }) {
  const client = useQueryClient();
  const status = useQuery(siteSwitchQuery(tabId));
  // The position the user just chose, shown at once (in the same event) while the background saves it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => sendMessage('setSiteEnabled', { tabId, enabled }),
    onSuccess: (next) => {
      client.setQueryData(queryKeys.siteSwitch(tabId), next);
      // Autocomplete follows the site switch.
      void client.invalidateQueries({ queryKey: queryKeys.autocompleteSwitch(tabId) });
    },
    onSettled: () => setChosen(null),
  });
  if (!status.data) return null;
  if (status.data.site === null) return <p className="muted site-switch">{t('popupSiteUnavailable')}</p>;
  const { site, enabled, ruledOut } = status.data;
  // In the popup's header row; the notes below it take a line of their own there (style.css).
  return (
    <>
      <label className="site-switch">
        <input
          type="checkbox"
          role="switch"
          checked={chosen ?? enabled}
          // Off by a rule this switch cannot change: shown off, and said why below.
          disabled={ruledOut !== null}
          onChange={(event) => {
            setChosen(event.target.checked);
            toggle.mutate(event.target.checked);
          }}
        />
        {t('popupSiteEnabled', site)}
      </label>
      {ruledOut && <p className="muted header-note">{t(ruledOut === 'policy' ? 'popupSitePolicyOff' : 'popupSiteNotAllowed')}</p>}
      {toggle.isError && (
        <p className="error header-note" role="alert">
          {t('popupSiteSaveFailed')}
        </p>
      )}
    </>
  );
}
