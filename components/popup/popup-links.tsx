// The popup's way to the settings, and the model that will answer (the first target of the fallback chain).
import { useQuery } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import { settingsQuery } from '../queries';

// The background opens (or focuses) the options page; the popup then closes, as a link in a popup should.
export function openSettings(): void {
  void sendMessage('openOptions', undefined).then(() => window.close());
}

export function SettingsLink() {
  return (
    <button type="button" className="link" onClick={openSettings}>
      {t('popupSettings')}
    </button>
  );
}

export function ActiveModel() {
  const settings = useQuery(settingsQuery);
  const first = settings.data?.settings.chain[0];
  if (!first) return null;
  const provider = settings.data?.settings.providers.find((candidate) => candidate.id === first.providerId);
  return (
    <p className="muted active-model">
      {t('popupActiveModel', [first.model, provider?.name ?? first.providerId])}{' '}
      <button type="button" className="link" onClick={openSettings}>
        {t('popupChangeModel')}
      </button>
    </p>
  );
}
