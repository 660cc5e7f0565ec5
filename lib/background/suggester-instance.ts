// Owns the background's one suggester, on the pipeline's dispatcher, providers and settings, with its
// usage counters in IndexedDB.
import { createAutocompleteUsage, type AutocompleteUsage } from '../metrics/autocomplete-usage';
import { createSuggester, type Suggester } from '../autocomplete/suggester';
import { idbStore } from '../pipeline/idb-store';
import { backgroundPipeline } from './pipeline-instance';

let usage: AutocompleteUsage | null = null;
let suggester: Suggester | null = null;

export function autocompleteUsage(): AutocompleteUsage {
  usage ??= createAutocompleteUsage(idbStore('autocomplete-usage'), () => Date.now());
  return usage;
}

export function backgroundSuggester(): Suggester {
  if (suggester) return suggester;
  const { deps } = backgroundPipeline();
  suggester = createSuggester({
    clock: deps.clock,
    fetch: deps.fetch,
    settings: deps.settings,
    apiKey: deps.apiKey,
    hasOriginPermission: deps.hasOriginPermission,
    dispatcher: deps.dispatcher,
    streamFor: deps.streamFor,
    usage: autocompleteUsage(),
  });
  return suggester;
}
