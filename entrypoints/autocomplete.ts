// Loaded by the content script only where autocomplete is on: the keystroke listeners and the ghost text.
// Before any module that imports zod.
import '../lib/platform/zod-jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createAutocomplete } from '../lib/content/autocomplete/controller';
import { registerAutocomplete } from '../lib/content/autocomplete-api';

export default defineUnlistedScript(() => {
  registerAutocomplete(createAutocomplete());
});
