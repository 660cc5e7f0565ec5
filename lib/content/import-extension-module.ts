// Owns importing one of the extension's lazy content-side modules (lib/manifest/script-files.ts) into this frame.
import { extensionApi } from '../platform/extension-api';
import type { LAZY_AUTOCOMPLETE_FILE, LAZY_INTERACTION_FILE, LAZY_UI_FILE } from '../manifest/script-files';

type LazyFile = typeof LAZY_UI_FILE | typeof LAZY_AUTOCOMPLETE_FILE | typeof LAZY_INTERACTION_FILE;

// Chromium keeps a module that failed to load in the frame's module map: importing the same URL again fails at
// once, even after the file is readable again. So a retry asks under a new URL (the extension serves the file
// whatever the query), and a user's next click can succeed without reloading the page.
const failures = new Map<LazyFile, number>();

export async function importExtensionModule(file: LazyFile): Promise<void> {
  const failed = failures.get(file) ?? 0;
  const url = extensionApi().runtime.getURL(`/${file}`) + (failed > 0 ? `?retry=${failed}` : '');
  try {
    await import(/* @vite-ignore */ url);
  } catch (error) {
    failures.set(file, failed + 1);
    throw error;
  }
}
