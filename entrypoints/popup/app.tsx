import { t } from '../../lib/i18n/t';
import { FormFillSection } from '../../components/popup/form-fill-section';
import { ActiveModel, SettingsLink } from '../../components/popup/popup-links';
import { QuickPrompt } from '../../components/popup/quick-prompt';
import { SiteSwitch } from '../../components/popup/site-switch';
import { AutocompleteSwitch } from '../../components/popup/autocomplete-switch';
import { ProfilesSection } from '../../components/options/profiles-section';

export function App({ tabId }: { tabId: number | null }) {
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('extName')}</h1>
        {tabId !== null && <SiteSwitch tabId={tabId} />}
        <SettingsLink />
      </header>
      {tabId !== null && <AutocompleteSwitch tabId={tabId} />}
      <ActiveModel />
      {tabId === null ? <p role="alert">{t('popupNoTab')}</p> : <FormFillSection tabId={tabId} />}
      <QuickPrompt />
      <details className="profiles">
        <summary>{t('profilesHeading')}</summary>
        <ProfilesSection />
      </details>
    </main>
  );
}
