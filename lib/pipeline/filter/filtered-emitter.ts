// Owns passing answer text through the output filter on its way to the caller.
import { GenerationError } from '../../errors/generation-error';
import type { ServerEvent } from '../../messaging/generation-schemas';
import type { FilterPolicy } from '../../settings/policy-schemas';
import { createStreamFilter, type FilterStep } from './stream-filter';

export interface FilteredEmitter {
  // Throws a 'filtered' GenerationError as soon as a blocked term appears (mode 'block').
  push(text: string): void;
  end(): void;
  // Whether any text reached the caller.
  emittedText(): boolean;
}

export function createFilteredEmitter(policy: FilterPolicy, emit: (event: ServerEvent) => void): FilteredEmitter {
  const filter = createStreamFilter(policy);
  let hits = 0;
  let emitted = false;
  const apply = (step: FilterStep) => {
    hits += step.hits.length;
    if (step.text) {
      emitted = true;
      emit({ type: 'delta', text: step.text });
    }
    if (step.blocked) throw new GenerationError({ code: 'filtered', message: `${step.hits.length} blocked term(s).` });
  };
  return {
    push: (text) => apply(filter.push(text)),
    end() {
      apply(filter.end());
      if (hits > 0 && (policy.mode === 'mask' || policy.mode === 'warn')) {
        emit({ type: 'notice', notice: { kind: 'filtered', mode: policy.mode, hits } });
      }
    },
    emittedText: () => emitted,
  };
}
