// Builds both targets and checks the generated manifests ask for the least permissions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & { permissions?: string[] };
const manifests: Record<string, Manifest> = {};

beforeAll(() => {
  for (const [browser, dir] of [
    ['chrome', 'chrome-mv3'],
    ['firefox', 'firefox-mv2'],
  ] as const) {
    execFileSync('npx', ['wxt', 'build', '-b', browser], { stdio: 'pipe' });
    // WXT_OUT_DIR: the build lands where wxt.config.ts puts it, so parallel runs keep their own folders.
    manifests[browser] = JSON.parse(readFileSync(`${process.env.WXT_OUT_DIR ?? '.output'}/${dir}/manifest.json`, 'utf8')) as Manifest;
  }
}, 120_000);

// Each entry is explained in the README's permissions table.
const API_PERMISSIONS = ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting'];
const LOOPBACK = ['http://localhost/*', 'http://127.0.0.1/*'];
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

describe('generated manifests', () => {
  it('Chrome MV3: only storage, loopback hosts, other origins optional', () => {
    const manifest = manifests.chrome!;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(API_PERMISSIONS);
    expect(manifest.host_permissions).toEqual(LOOPBACK);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_ORIGINS);
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['inline-ui.js'], matches: ['<all_urls>'] }]);
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
  });

  it('Firefox MV2: the same set in MV2 keys', () => {
    const manifest = manifests.firefox!;
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions).toEqual([...API_PERMISSIONS, ...LOOPBACK]);
    expect(manifest.optional_permissions).toEqual(OPTIONAL_ORIGINS);
    expect(manifest.browser_specific_settings).toEqual({ gecko: { id: 'draftsmith@draftsmith.dev' } });
  });

  it.each(['chrome', 'firefox'])('%s: never asks for tabs, history, cookies or <all_urls> as a permission', (browser) => {
    const manifest = manifests[browser]!;
    const asked = [...(manifest.permissions ?? []), ...((manifest.host_permissions as string[]) ?? [])];
    for (const broad of ['tabs', 'history', 'cookies', 'webRequest', '<all_urls>', 'clipboardRead']) {
      expect(asked).not.toContain(broad);
    }
  });

  it.each(['chrome', 'firefox'])('%s: the content script runs in every frame and registers the keyboard command', (browser) => {
    const manifest = manifests[browser]!;
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: ['<all_urls>'], all_frames: true, match_about_blank: true }),
    ]);
    expect(manifest.commands).toHaveProperty('open-panel');
    expect(manifest.commands).toHaveProperty(['repeat-template', 'suggested_key', 'default'], 'Alt+Shift+Y');
  });

  it.each([
    ['chrome', 'action'],
    ['firefox', 'browser_action'],
  ])('%s: the toolbar button opens the popup, and the form agent is not web-accessible', (browser, key) => {
    const manifest = manifests[browser]!;
    expect(manifest[key]).toMatchObject({ default_popup: 'popup.html' });
    expect(JSON.stringify(manifest.web_accessible_resources)).not.toContain('form-agent.js');
  });
});
