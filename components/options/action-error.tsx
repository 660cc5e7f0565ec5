// A button's action that failed (clear the cache, delete a history entry…): said beside it, so a failure never
// passes for success. The worker keeps what it had; the user can try again.
import { t } from '../../lib/i18n/t';

interface FailedAction {
  isError: boolean;
  error: Error | null;
}

export function ActionError({ actions }: { actions: readonly FailedAction[] }) {
  const failed = actions.find((action) => action.isError);
  if (!failed) return null;
  return (
    <p className="error" role="alert">
      {t('opt_actionFailed', failed.error?.message ?? '')}
    </p>
  );
}
