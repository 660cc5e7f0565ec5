// The footer: "Disable on this site", kept outside the scrolling answer so it is always reachable.
import { memo } from 'react';
import { t } from '../../lib/i18n/t';

export const PanelFooter = memo(function PanelFooter({ onDisableSite }: { onDisableSite: () => void }) {
  return (
    <div className="footer">
      {/* Stays enabled once used: disabling the focused button would drop focus out of the panel. */}
      <button type="button" className="link" onClick={onDisableSite}>
        {t('disableOnSite')}
      </button>
    </div>
  );
});
