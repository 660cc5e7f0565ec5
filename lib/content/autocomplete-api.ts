// Owns the contract between the eager content script and the lazily loaded autocomplete module.
export interface AutocompleteApi {
  // Starts listening to keystrokes in this document; a second call is a no-op.
  attach(doc: Document): void;
  // Stops listening, hides any suggestion and aborts its request.
  detach(): void;
}

// Registered in the content script's isolated world; pages cannot see it.
export const AUTOCOMPLETE_GLOBAL = '__draftsmithAutocomplete';

type AutocompleteGlobal = typeof globalThis & { [AUTOCOMPLETE_GLOBAL]?: AutocompleteApi };

export function registerAutocomplete(api: AutocompleteApi): void {
  (globalThis as AutocompleteGlobal)[AUTOCOMPLETE_GLOBAL] = api;
}

export function registeredAutocomplete(): AutocompleteApi | undefined {
  return (globalThis as AutocompleteGlobal)[AUTOCOMPLETE_GLOBAL];
}
