// Owns the sentence "Test connection" shows for each result, with the fix for the usual local-server mistakes.
import { describeError } from '../../lib/i18n/error-message';
import { t } from '../../lib/i18n/t';
import { tPlural } from '../../lib/i18n/plural';
import type { ConnectionResult } from '../../lib/messaging/options-schemas';

function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return baseUrl;
  }
}

export function connectionMessage(result: ConnectionResult, baseUrl: string): string {
  if (result.ok) {
    const ms = String(Math.round(result.latencyMs));
    return result.models.length > 0 ? tPlural('opt_test_ok', result.models.length, [ms, String(result.models.length)]) : t('opt_test_okNoList', ms);
  }
  if (result.hint === 'ollama-origins') return t('opt_test_ollamaOrigins');
  if (result.hint === 'ollama-running') return t('opt_test_ollamaRunning');
  const { error } = result;
  switch (error.code) {
    case 'auth':
      return t('opt_test_auth', String(error.status ?? 401));
    case 'not-found':
      return t('opt_test_notFound');
    case 'network':
      return t('opt_test_unreachable', originOf(baseUrl));
    case 'permission':
      return t('permissionDenied', originOf(baseUrl));
    case 'config':
      return t('opt_test_builtInUnavailable');
    default:
      return describeError(error);
  }
}
