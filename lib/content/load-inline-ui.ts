// Owns loading the lazy UI module (inline panel and selection card, one bundle) the first time either is needed.
import { extensionApi } from '../platform/extension-api';
import { LAZY_UI_FILE } from '../manifest/script-files';

let loading: Promise<void> | null = null;

export function loadInlineUi(): Promise<void> {
  loading ??= import(/* @vite-ignore */ extensionApi().runtime.getURL(`/${LAZY_UI_FILE}`)).then(() => undefined);
  // A failed load (extension updated mid-session) may succeed on the next try.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
