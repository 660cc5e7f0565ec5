// Owns the one-line status a screen reader announces for a generation.
import { describeError } from '../../lib/i18n/error-message';
import { t } from '../../lib/i18n/t';
import type { GenerationState } from './generation-state';

export function statusText(state: GenerationState): string {
  switch (state.status) {
    case 'idle':
      return t('statusIdle');
    case 'connecting':
      return t('statusConnecting');
    case 'streaming':
      return t('statusStreaming', state.model ?? '');
    case 'done':
      return t(state.finishReason === 'length' ? 'statusDoneLength' : 'statusDone', state.model ?? '');
    case 'error': {
      const reason = state.error ? describeError(state.error) : '';
      return state.text ? `${t('statusIncomplete')} ${reason}` : reason;
    }
  }
}
