import { useQuery } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import { settingsQuery } from '../../components/queries';
import { ProviderForm } from '../../components/options/provider-form';

export function App() {
  const settings = useQuery(settingsQuery);
  return (
    <main className="page">
      <h1>{t('optionsTitle')}</h1>
      {settings.isPending && <p role="status">…</p>}
      {settings.isError && <p role="alert">{t('loadFailed', settings.error.message)}</p>}
      {settings.data && <ProviderForm initial={settings.data.settings} hasApiKey={settings.data.hasApiKey} />}
    </main>
  );
}
