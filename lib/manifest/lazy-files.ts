// Owns the name of the lazily imported UI module, shared by the manifest and the content script that imports it.
// The inline panel and the selection card, imported by the content script on first use.
export const LAZY_UI_FILE = 'inline-ui.js';
