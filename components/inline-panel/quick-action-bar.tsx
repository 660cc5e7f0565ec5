// The row of quick actions (Continue, Rewrite, Shorter…), each one click to ask.
import { memo } from 'react';
import { isMessageKey, t } from '../../lib/i18n/t';
import type { QuickAction } from './quick-actions';

interface QuickActionBarProps {
  actions: readonly QuickAction[];
  disabled: boolean;
  onAsk: (action: QuickAction) => void;
}

export const QuickActionBar = memo(function QuickActionBar({ actions, disabled, onAsk }: QuickActionBarProps) {
  return (
    <div className="quick" role="group" aria-label={t('quickActions')}>
      {actions.map((action) => (
        <button key={action.id} type="button" disabled={disabled} onClick={() => onAsk(action)}>
          {isMessageKey(action.titleKey) ? t(action.titleKey) : action.id}
        </button>
      ))}
    </div>
  );
});
