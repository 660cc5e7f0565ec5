// Bench page helper: the page's autocomplete controller with a suggester that answers at once with `answer`, so
// what the benchmarks time is the controller and the editor, not a model.
import { createAutocomplete } from '../../lib/content/autocomplete/controller';
import type { AutocompleteApi } from '../../lib/content/autocomplete-api';

export function instantController(answer: string): AutocompleteApi {
  return createAutocomplete({
    request: (_request, onEvent) => {
      queueMicrotask(() => onEvent({ type: 'done', text: answer, source: 'model' }));
      return { abort: () => undefined };
    },
    report: () => undefined,
    isMac: false,
  });
}
