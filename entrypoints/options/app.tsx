import { lazy, Suspense, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { optionsStateQuery } from '../../components/queries';
import { AutocompleteSection } from '../../components/options/autocomplete-section';
import { CacheSection } from '../../components/options/cache-section';
import { ChainSection } from '../../components/options/chain-section';
import { FilterSection } from '../../components/options/filter-section';
import { GenerationSection } from '../../components/options/generation-section';
import { OnboardingSection } from '../../components/options/onboarding-section';
import { OptionsNav } from '../../components/options/options-nav';
import { ProfilesSection } from '../../components/options/profiles-section';
import { ProvidersSection } from '../../components/options/providers-section';
import { ReliabilitySection } from '../../components/options/reliability-section';
import { SectionFrame } from '../../components/options/section-frame';
import type { SectionId } from '../../components/options/sections';
import { SitesSection } from '../../components/options/sites-section';
import { TemplatesSection } from '../../components/options/templates-section';
import { TransferSection } from '../../components/options/transfer-section';
import { useHashSection } from '../../components/options/use-hash-section';
import { useSettingsSync } from '../../components/options/use-settings-sync';

// The dashboard (recharts) and history (markdown) are the heaviest sections: they load when first opened, so the
// options page's first render does not parse them.
const MetricsSection = lazy(() => import('../../components/options/metrics-section').then((m) => ({ default: m.MetricsSection })));
const DiagnosticsSection = lazy(() => import('../../components/options/diagnostics-section').then((m) => ({ default: m.DiagnosticsSection })));
const HistorySection = lazy(() => import('../../components/options/history-section').then((m) => ({ default: m.HistorySection })));

function renderSection(id: SectionId, state: OptionsState): ReactNode {
  switch (id) {
    case 'welcome':
      return <OnboardingSection state={state} />;
    case 'providers':
      return <ProvidersSection state={state} />;
    case 'chain':
      return <ChainSection state={state} />;
    case 'generation':
      return <GenerationSection state={state} />;
    case 'autocomplete':
      return <AutocompleteSection state={state} />;
    case 'reliability':
      return <ReliabilitySection state={state} />;
    case 'cache':
      return <CacheSection state={state} />;
    case 'filter':
      return <FilterSection state={state} />;
    case 'templates':
      return <TemplatesSection state={state} />;
    case 'sites':
      return <SitesSection state={state} />;
    case 'profiles':
      return (
        <SectionFrame title={t('opt_nav_profiles')}>
          <ProfilesSection />
        </SectionFrame>
      );
    case 'metrics':
      return <MetricsSection />;
    case 'history':
      return <HistorySection state={state} />;
    case 'transfer':
      return <TransferSection />;
    case 'diagnostics':
      return <DiagnosticsSection />;
  }
}

function hasPolicy(state: OptionsState): boolean {
  return Object.keys(state.policy).length > 0;
}

export function App() {
  useSettingsSync();
  const options = useQuery(optionsStateQuery);
  // A user who has set nothing up yet starts on the onboarding.
  const section = useHashSection(options.data?.unconfigured ? 'welcome' : 'providers');
  // The first-run wizard is focused: no sidebar until the user is set up or skips it.
  const focused = section === 'welcome';
  return (
    <div className={focused ? 'layout focused' : 'layout'}>
      <header className="masthead">
        <h1>{t('optionsTitle')}</h1>
        {options.data && hasPolicy(options.data) && <p className="locked">{t('opt_policyActive')}</p>}
      </header>
      {!focused && <OptionsNav current={section} />}
      <main className="content">
        {options.isPending && <p aria-busy="true">{t('opt_loading')}</p>}
        {options.isError && <p role="alert">{t('loadFailed', options.error.message)}</p>}
        {/* Keyed by section: each opens with a fresh draft of the saved settings. */}
        {options.data && (
          <div key={section}>
            <Suspense fallback={<p aria-busy="true">{t('opt_loading')}</p>}>{renderSection(section, options.data)}</Suspense>
          </div>
        )}
      </main>
    </div>
  );
}
