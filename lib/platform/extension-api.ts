// Owns reaching the extension API on first use instead of when a module is evaluated. `wxt/browser` picks
// `browser` or `chrome` at evaluation, and in a content script that first touch of `chrome` builds the
// frame's API bindings: about 0.35 ms of every new tab's content script (CPU profile, Chromium 150), paid
// by every frame of every page whether or not anyone uses Draftsmith there. Code on the eager script's
// path and the UI strings (lib/i18n/t.ts) use this instead.
import type { browser as WxtBrowser } from 'wxt/browser';

export type ExtensionApi = typeof WxtBrowser;

export function extensionApi(): ExtensionApi {
  // Firefox's promise-based `browser` there, `chrome` in Chrome. Chrome defines no `browser` in content scripts,
  // so there a page element with id="browser" is what that global name reads (named access on window reaches the
  // isolated world too); wxt/browser's runtime test (`browser.runtime.id` set) can be fooled by one whose child
  // named "runtime" has an id.
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = import.meta.env.BROWSER === 'firefox' ? (scope.browser ?? scope.chrome) : scope.chrome;
  if (!api) throw new Error('No extension API in this context.');
  return api;
}
