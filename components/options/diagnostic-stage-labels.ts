// The diagnostics table's "Where" column in the UI language; the copied report keeps the stage ids, which
// read the same for whoever helps the user.
import type { DiagnosticStage } from '../../lib/diagnostics/diagnostic-entry';
import type { MessageKey } from '../../lib/i18n/t';

export const STAGE_LABELS: Record<DiagnosticStage, MessageKey> = {
  startup: 'opt_diagStage_startup',
  settings: 'opt_diagStage_settings',
  secrets: 'opt_diagStage_secrets',
  cache: 'opt_diagStage_cache',
  metrics: 'opt_diagStage_metrics',
  history: 'opt_diagStage_history',
  'offline-queue': 'opt_diagStage_offline_queue',
  'rate-limit': 'opt_diagStage_rate_limit',
  breaker: 'opt_diagStage_breaker',
  'context-menu': 'opt_diagStage_context_menu',
  'generation-port': 'opt_diagStage_generation_port',
  'form-fill': 'opt_diagStage_form_fill',
  selection: 'opt_diagStage_selection',
  panel: 'opt_diagStage_panel',
  options: 'opt_diagStage_options',
  popup: 'opt_diagStage_popup',
};
