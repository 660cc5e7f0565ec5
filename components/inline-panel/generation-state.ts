// Owns the state of one streamed generation as the UI sees it, fed by port events.
import type { GenerationErrorInfo } from '../../lib/errors/generation-error';
import type { ServerEvent } from '../../lib/messaging/generation-schemas';

export interface GenerationState {
  status: 'idle' | 'connecting' | 'streaming' | 'done' | 'error';
  text: string;
  model: string | null;
  finishReason: 'stop' | 'length' | 'other' | null;
  error: GenerationErrorInfo | null;
}

export const INITIAL_GENERATION: GenerationState = { status: 'idle', text: '', model: null, finishReason: null, error: null };

export type GenerationAction = { type: 'request' } | { type: 'event'; event: ServerEvent } | { type: 'reset' };

export function generationReducer(state: GenerationState, action: GenerationAction): GenerationState {
  if (action.type === 'reset') return INITIAL_GENERATION;
  if (action.type === 'request') return { ...INITIAL_GENERATION, status: 'connecting' };
  const { event } = action;
  switch (event.type) {
    case 'start':
      return { ...state, status: 'streaming', model: event.model };
    case 'delta':
      return { ...state, status: 'streaming', text: state.text + event.text };
    case 'done':
      return { ...state, status: 'done', model: event.model, finishReason: event.finishReason };
    case 'error':
      // The text that arrived stays: a failed generation keeps what it produced.
      return { ...state, status: 'error', error: event.error };
  }
}
