// Owns the names of the content-side scripts, shared by the manifest, the scripts that import them and the bench.
// The eager script every page gets (entrypoints/eager.ts): an unlisted script the manifest names itself, so it
// carries none of WXT's content-script wrapper.
export const EAGER_FILE = 'eager.js';
// The inline panel and the selection card, imported by the content script on first use.
export const LAZY_UI_FILE = 'inline-ui.js';
// The autocomplete module, imported by the content script only where autocomplete is on.
export const LAZY_AUTOCOMPLETE_FILE = 'autocomplete.js';
// Everything the eager script does once the user acts in a frame (field watcher, the background's commands),
// imported at the first focus, press, key or selection: parsing it costs about 1.5 ms, which a frame nobody
// uses never pays.
export const LAZY_INTERACTION_FILE = 'interaction.js';
