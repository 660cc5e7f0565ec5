// Owns the names of the lazily imported modules, shared by the manifest and the content script that imports it.
// The inline panel and the selection card, imported by the content script on first use.
export const LAZY_UI_FILE = 'inline-ui.js';
// The autocomplete module, imported by the content script only where autocomplete is on.
export const LAZY_AUTOCOMPLETE_FILE = 'autocomplete.js';
