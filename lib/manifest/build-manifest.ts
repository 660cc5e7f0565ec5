// Owns the manifest: the least permissions each browser needs (README "Permissions").
import type { UserManifest } from 'wxt';
import { EAGER_FILE, LAZY_AUTOCOMPLETE_FILE, LAZY_INTERACTION_FILE, LAZY_UI_FILE } from './script-files';

export interface ManifestTarget {
  browser: string;
  manifestVersion: 2 | 3;
}

// Local model servers (Ollama, LM Studio, vLLM, the test server) work without a prompt.
export const LOCAL_HOST_PERMISSIONS = ['http://localhost/*', 'http://127.0.0.1/*'];
// Any other provider origin is asked for when the user saves it.
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://*/*'];

// The organisation policy an administrator may push (storage.managed); Firefox reads policies elsewhere.
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

export function buildManifest({ browser, manifestVersion }: ManifestTarget): UserManifest {
  // contextMenus: the Draftsmith menu on selections and editable fields.
  // activeTab + scripting: the popup's form fill injects its agent into the current tab, which the toolbar click
  // grants for that tab only (Firefox has scripting in MV2 since 102).
  const permissions = ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting'];
  const base: UserManifest = {
    name: '__MSG_extName__',
    // Every page and frame, including about:blank ones editors write into; after load, so it never delays one.
    content_scripts: [{ matches: ['<all_urls>'], js: [EAGER_FILE], all_frames: true, match_about_blank: true, run_at: 'document_idle' }],
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions,
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandOpenPanel__',
      },
      // Chrome silently leaves a suggested key unassigned when it clashes with one of its own accelerators
      // (Alt+Shift+R and Alt+Shift+T did: commands.getAll() showed them empty on a fresh profile); Alt+Shift+Y is free.
      'repeat-template': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandRepeatTemplate__',
      },
    },
  };
  if (manifestVersion === 3) {
    return {
      ...base,
      // The modules the content script imports: at the user's first act in a frame, on first use, where autocomplete is on.
      web_accessible_resources: [{ resources: [LAZY_INTERACTION_FILE, LAZY_UI_FILE, LAZY_AUTOCOMPLETE_FILE], matches: ['<all_urls>'] }],
      host_permissions: LOCAL_HOST_PERMISSIONS,
      optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
      storage: { managed_schema: MANAGED_SCHEMA_FILE },
    };
  }
  // Firefox MV2 has no optional_host_permissions key: origins go in optional_permissions.
  return {
    ...base,
    permissions: [...permissions, ...LOCAL_HOST_PERMISSIONS],
    optional_permissions: OPTIONAL_HOST_PERMISSIONS as UserManifest['optional_permissions'],
    web_accessible_resources: [LAZY_INTERACTION_FILE, LAZY_UI_FILE, LAZY_AUTOCOMPLETE_FILE],
    browser_specific_settings: browser === 'firefox' ? { gecko: { id: 'draftsmith@draftsmith.dev' } } : undefined,
  };
}
