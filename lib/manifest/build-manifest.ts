// Owns the manifest: the least permissions each browser needs (README "Permissions").
import type { UserManifest } from 'wxt';

export interface ManifestTarget {
  browser: string;
  manifestVersion: 2 | 3;
}

// Local model servers (Ollama, LM Studio, vLLM, the test server) work without a prompt.
export const LOCAL_HOST_PERMISSIONS = ['http://localhost/*', 'http://127.0.0.1/*'];
// Any other provider origin is asked for when the user saves it.
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://*/*'];

export const LAZY_PANEL_FILE = 'inline-panel.js';

export function buildManifest({ browser, manifestVersion }: ManifestTarget): UserManifest {
  const permissions = ['storage', 'alarms', 'notifications'];
  const base: UserManifest = {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions,
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandOpenPanel__',
      },
    },
  };
  if (manifestVersion === 3) {
    return {
      ...base,
      // The panel module, imported by the content script on first use.
      web_accessible_resources: [{ resources: [LAZY_PANEL_FILE], matches: ['<all_urls>'] }],
      host_permissions: LOCAL_HOST_PERMISSIONS,
      optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    };
  }
  // Firefox MV2 has no optional_host_permissions key: origins go in optional_permissions.
  return {
    ...base,
    permissions: [...permissions, ...LOCAL_HOST_PERMISSIONS],
    optional_permissions: OPTIONAL_HOST_PERMISSIONS as UserManifest['optional_permissions'],
    web_accessible_resources: [LAZY_PANEL_FILE],
    browser_specific_settings: browser === 'firefox' ? { gecko: { id: 'draftsmith@draftsmith.dev' } } : undefined,
  };
}
