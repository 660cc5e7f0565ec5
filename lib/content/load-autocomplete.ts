// Owns loading the autocomplete module only where autocomplete is on, so other pages run nothing per keystroke.
import { importExtensionModule } from './import-extension-module';
import { registeredAutocomplete, type AutocompleteApi } from './autocomplete-api';
import { LAZY_AUTOCOMPLETE_FILE } from '../manifest/script-files';

let loading: Promise<AutocompleteApi> | null = null;

function loadAutocomplete(): Promise<AutocompleteApi> {
  loading ??= importExtensionModule(LAZY_AUTOCOMPLETE_FILE).then(() => {
    const api = registeredAutocomplete();
    if (!api) throw new Error('The autocomplete module did not register.');
    return api;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

export function syncAutocomplete(doc: Document, on: boolean): void {
  if (on) void loadAutocomplete().then((api) => api.attach(doc), () => undefined);
  else registeredAutocomplete()?.detach();
}
