// Owns the state of one streamed generation as the UI sees it, fed by port events.
import type { GenerationErrorInfo } from '../../lib/errors/generation-error';
import type { AnswerSource, Notice, ServerEvent } from '../../lib/messaging/generation-schemas';

export interface GenerationState {
  status: 'idle' | 'connecting' | 'streaming' | 'done' | 'error';
  text: string;
  model: string | null;
  finishReason: 'stop' | 'length' | 'other' | null;
  error: GenerationErrorInfo | null;
  source: AnswerSource | null;
  fallbackUsed: boolean;
  queued: boolean;
  // The latest transient notice (waiting, retrying, fallback) and the trim notice, which stays visible.
  notice: Notice | null;
  trimmed: Extract<Notice, { kind: 'trimmed' }> | null;
  filtered: Extract<Notice, { kind: 'filtered' }> | null;
  // Counts requests: an outcome the same as the last one (Retry on the same error) is still a new status.
  request: number;
}

export const INITIAL_GENERATION: GenerationState = {
  status: 'idle',
  text: '',
  model: null,
  finishReason: null,
  error: null,
  source: null,
  fallbackUsed: false,
  queued: false,
  notice: null,
  trimmed: null,
  filtered: null,
  request: 0,
};

export type GenerationAction = { type: 'request' } | { type: 'event'; event: ServerEvent } | { type: 'reset' };

export function generationReducer(state: GenerationState, action: GenerationAction): GenerationState {
  if (action.type === 'reset') return INITIAL_GENERATION;
  if (action.type === 'request') return { ...INITIAL_GENERATION, status: 'connecting', request: state.request + 1 };
  return applyEvent(state, action.event);
}

function applyEvent(state: GenerationState, event: ServerEvent): GenerationState {
  switch (event.type) {
    case 'start':
      return { ...state, status: 'streaming', model: event.model };
    case 'delta':
      return { ...state, status: 'streaming', text: state.text + event.text, notice: null };
    case 'notice':
      if (event.notice.kind === 'trimmed') return { ...state, trimmed: event.notice };
      if (event.notice.kind === 'filtered') return { ...state, filtered: event.notice };
      if (event.notice.kind === 'fallback') return { ...state, notice: event.notice, fallbackUsed: true, model: event.notice.to };
      return { ...state, notice: event.notice };
    case 'done':
      return {
        ...state,
        status: 'done',
        model: event.model,
        finishReason: event.finishReason,
        source: event.source,
        fallbackUsed: event.fallbackUsed || state.fallbackUsed,
        notice: null,
      };
    case 'error':
      // The text that arrived stays: a failed generation keeps what it produced.
      return { ...state, status: 'error', error: event.error, queued: event.queued, notice: null };
  }
}
