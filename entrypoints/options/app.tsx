import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { t } from '../../lib/i18n/t';
import type { OptionsState } from '../../lib/messaging/options-schemas';
import { optionsStateQuery } from '../../components/queries';
import { OptionsNav } from '../../components/options/options-nav';
import { SectionFrame } from '../../components/options/section-frame';
import type { SectionId } from '../../components/options/sections';
import { useHashSection } from '../../components/options/use-hash-section';
import { useSettingsSync } from '../../components/options/use-settings-sync';

// Every section is its own chunk, loaded when first opened: the page shows one section at a time, so its first
// render parses the shell and that section only (the dashboard's charts and the history's markdown are the
// heaviest). Each chunk is a few KB from the extension's own files, so opening a section does not visibly wait.
function lazySection<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => load().then((component) => ({ default: component })));
}
const AutocompleteSection = lazySection(() => import('../../components/options/autocomplete-section').then((m) => m.AutocompleteSection));
const CacheSection = lazySection(() => import('../../components/options/cache-section').then((m) => m.CacheSection));
const ChainSection = lazySection(() => import('../../components/options/chain-section').then((m) => m.ChainSection));
const DiagnosticsSection = lazySection(() => import('../../components/options/diagnostics-section').then((m) => m.DiagnosticsSection));
const FilterSection = lazySection(() => import('../../components/options/filter-section').then((m) => m.FilterSection));
const GenerationSection = lazySection(() => import('../../components/options/generation-section').then((m) => m.GenerationSection));
const HistorySection = lazySection(() => import('../../components/options/history-section').then((m) => m.HistorySection));
const MetricsSection = lazySection(() => import('../../components/options/metrics-section').then((m) => m.MetricsSection));
const OnboardingSection = lazySection(() => import('../../components/options/onboarding-section').then((m) => m.OnboardingSection));
const ProfilesSection = lazySection(() => import('../../components/options/profiles-section').then((m) => m.ProfilesSection));
const ProvidersSection = lazySection(() => import('../../components/options/providers-section').then((m) => m.ProvidersSection));
const ReliabilitySection = lazySection(() => import('../../components/options/reliability-section').then((m) => m.ReliabilitySection));
const SitesSection = lazySection(() => import('../../components/options/sites-section').then((m) => m.SitesSection));
const TemplatesSection = lazySection(() => import('../../components/options/templates-section').then((m) => m.TemplatesSection));
const TransferSection = lazySection(() => import('../../components/options/transfer-section').then((m) => m.TransferSection));

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
