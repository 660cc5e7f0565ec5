// The panel's status: while it works, a spinner and the seconds elapsed; then the announced status line.
import { t } from '../../lib/i18n/t';
import type { GenerationState } from './generation-state';
import { GenerationStatus } from './generation-status';
import { useElapsedSeconds } from './use-elapsed';

interface PanelStatusProps {
  state: GenerationState;
  busy: boolean;
  notice: string | null;
  onRegenerate?: () => void;
}

export function PanelStatus({ state, busy, notice, onRegenerate }: PanelStatusProps) {
  const seconds = useElapsedSeconds(busy);
  return (
    <div className={`status-row${busy ? ' working' : ''}`}>
      {busy && <span className="spinner" aria-hidden="true" />}
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
