// Owns the list of options sections: their ids (the URL hash) and navigation labels, in order.
import type { MessageKey } from '../../lib/i18n/t';

export const SECTION_IDS = [
  'welcome',
  'providers',
  'chain',
  'generation',
  'autocomplete',
  'reliability',
  'cache',
  'filter',
  'templates',
  'sites',
  'profiles',
  'metrics',
  'history',
  'transfer',
  'diagnostics',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_LABELS: Record<SectionId, MessageKey> = {
  welcome: 'opt_nav_welcome',
  providers: 'opt_nav_providers',
  chain: 'opt_nav_chain',
  generation: 'opt_nav_generation',
  autocomplete: 'opt_nav_autocomplete',
  reliability: 'opt_nav_reliability',
  cache: 'opt_nav_cache',
  filter: 'opt_nav_filter',
  templates: 'opt_nav_templates',
  sites: 'opt_nav_sites',
  profiles: 'opt_nav_profiles',
  metrics: 'opt_nav_metrics',
  history: 'opt_nav_history',
  transfer: 'opt_nav_transfer',
  diagnostics: 'opt_nav_diagnostics',
};

export function sectionFromHash(hash: string): SectionId | null {
  const id = hash.replace(/^#/, '');
  return (SECTION_IDS as readonly string[]).includes(id) ? (id as SectionId) : null;
}
