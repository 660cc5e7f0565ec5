// The panel's status: while it works, the seconds elapsed and, after a short wait, a spinner; then the announced
// status line.
import { t } from '../../lib/i18n/t';
import type { GenerationState } from './generation-state';
import { GenerationStatus } from './generation-status';
import { useDelayedFlag } from './use-delayed-flag';
import { useElapsedSeconds } from './use-elapsed';

// Long enough that an answer from the cache or a fast model never shows a spinner; short enough that a wait the
// user notices always does.
const SPINNER_DELAY_MS = 300;

interface PanelStatusProps {
  state: GenerationState;
  busy: boolean;
  notice: string | null;
  onRegenerate?: () => void;
}

export function PanelStatus({ state, busy, notice, onRegenerate }: PanelStatusProps) {
  const seconds = useElapsedSeconds(busy);
  const spinning = useDelayedFlag(busy, SPINNER_DELAY_MS);
  return (
    <div className={`status-row${busy ? ' working' : ''}`}>
      {/* Its place is kept from the start, so the status text does not move when it starts to turn. */}
      {busy && <span className={`spinner${spinning ? ' spinning' : ''}`} aria-hidden="true" />}
      <div className="status-text">
        <GenerationStatus state={state} notice={notice} onRegenerate={onRegenerate} />
      </div>
      {/* Outside the live region: a number changing every second must not be announced every second. */}
      {busy && (
        <span className="elapsed" aria-hidden="true">
          {t('panelElapsed', String(seconds))}
        </span>
      )}
    </div>
  );
}
