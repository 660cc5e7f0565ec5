// The announced status line of a generation, with a settings link when settings can fix the error,
// and the notices that stay visible (trimmed input, filtered terms). Shared by the panel and the card.
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/messenger';
import type { GenerationState } from './generation-state';
import { lastingNotices, statusText } from './status-text';

// Errors the user fixes in settings: a wrong key, a missing permission, a wrong URL or model, no model yet.
export const SETTINGS_ERRORS: ReadonlySet<string> = new Set(['auth', 'permission', 'not-found', 'config', 'network']);

interface GenerationStatusProps {
  state: GenerationState;
  // A message of the caller's own (inserted, copied…) shown instead of the generation's status.
  notice?: string | null;
  // Asks the model again, past the cache: offered beside an answer that came from the cache.
  onRegenerate?: () => void;
}

export function GenerationStatus({ state, notice = null, onRegenerate }: GenerationStatusProps) {
  const showSettingsLink = SETTINGS_ERRORS.has(state.error?.code ?? '');
  const showRegenerate = onRegenerate !== undefined && notice === null && state.status === 'done' && state.source === 'cache';
  return (
    <>
      <p className={`status${state.status === 'error' && !notice ? ' error' : ''}`} role="status" aria-live="polite">
        {/* A new node per request: the same words again (Retry on the same error) are announced again. */}
        <span key={state.request}>{notice ?? statusText(state)}</span>
        {showSettingsLink && (
          <button type="button" className="link" onClick={() => void sendMessage('openOptions', undefined)}>
            {t('openOptions')}
          </button>
        )}
        {showRegenerate && (
          <button type="button" className="link" onClick={onRegenerate}>
            {t('regenerate')}
          </button>
        )}
      </p>
      {lastingNotices(state).map((text) => (
        <p key={text} className="notice">
          {text}
        </p>
      ))}
    </>
  );
}
