// Owns loading the lazy UI module (inline panel and selection card, one bundle) the first time either is needed.
import { importExtensionModule } from './import-extension-module';
import { LAZY_UI_FILE } from '../manifest/script-files';

let loading: Promise<void> | null = null;

export function loadInlineUi(): Promise<void> {
  loading ??= importExtensionModule(LAZY_UI_FILE);
  // A failed load (a file unreadable for a moment) may succeed on the next try.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
