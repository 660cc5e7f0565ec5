// Owns the one-line status a screen reader announces for a generation, and the lasting notices.
import { describeError } from '../../lib/i18n/error-message';
import { describeReason } from '../../lib/i18n/error-reason';
import { t } from '../../lib/i18n/t';
import type { GenerationState } from './generation-state';

const seconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

export function statusText(state: GenerationState): string {
  switch (state.status) {
    // Nothing to say before anything is asked: the prompt's placeholder explains the panel.
    case 'idle':
      return '';
    case 'connecting':
    case 'streaming':
      return progressText(state);
    case 'done':
      return doneText(state);
    case 'error': {
      if (state.queued) return t('statusQueued');
      const reason = state.error ? describeError(state.error) : '';
      return state.text ? `${t('statusIncomplete')} ${reason}` : reason;
    }
  }
}

// Notices that stay visible after the stream ends: trimmed input, filtered terms.
export function lastingNotices(state: GenerationState): string[] {
  const notices: string[] = [];
  if (state.trimmed) notices.push(t('noticeTrimmed', [String(state.trimmed.keptTokens), String(state.trimmed.originalTokens)]));
  if (state.filtered) notices.push(t(state.filtered.mode === 'mask' ? 'noticeMasked' : 'noticeWarned', String(state.filtered.hits)));
  return notices;
}

function progressText(state: GenerationState): string {
  const notice = state.notice;
  if (notice?.kind === 'waiting') return notice.reason === 'rate-limit' ? t('statusWaitingRateLimit', seconds(notice.ms)) : t('statusWaitingQueue');
  // Retry n is attempt n + 1; an older worker sends no total, and then none is shown.
  if (notice?.kind === 'retrying') {
    const next = String(notice.attempt + 1);
    const reason = describeReason(notice.reason);
    return notice.attempts
      ? t('statusRetryingOf', [reason, seconds(notice.delayMs), next, String(notice.attempts)])
      : t('statusRetryingPlain', [reason, seconds(notice.delayMs), next]);
  }
  if (notice?.kind === 'fallback') return t('statusFallbackPlain', [describeReason(notice.reason), notice.to]);
  if (state.status === 'connecting') return t('statusConnecting');
  return t('statusStreaming', state.model ?? '');
}

function doneText(state: GenerationState): string {
  const model = state.model ?? '';
  if (state.source === 'cache') return t('statusDoneCache', model);
  if (state.source === 'stale-cache') return t('statusDoneStale', model);
  if (state.source === 'snippet') return t('statusDoneSnippet');
  if (state.finishReason === 'length') return t('statusDoneLength', model);
  if (state.fallbackUsed) return t('statusDoneFallback', model);
  return t('statusDone', model);
}
