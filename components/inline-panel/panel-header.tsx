// The panel's header: its title and the ✕ close control.
import { memo } from 'react';
import { t } from '../../lib/i18n/t';

export const PanelHeader = memo(function PanelHeader({ onClose }: { onClose: () => void }) {
  return (
    <div className="header">
      <span className="title">{t('panelTitle')}</span>
      <button type="button" className="icon close" aria-label={t('close')} title={t('close')} onClick={onClose}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
});
