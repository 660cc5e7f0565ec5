// Builds both targets and checks the generated manifests ask for the least permissions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & { permissions?: string[] };
const manifests: Record<string, Manifest> = {};

// A throw-away output folder: the build must never overwrite .output, which a running e2e suite may be using.
const outDir = mkdtempSync(path.join(tmpdir(), 'draftsmith-manifest-'));
const sharedManifest = path.join('.output', 'chrome-mv3', 'manifest.json');
const modifiedAt = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? null;
const sharedBefore = modifiedAt(sharedManifest);

// The build sees the environment `npm run build` would: vitest's NODE_ENV=test and VITEST* flags change what
// WXT bundles (a build made under them failed the e2e specs here).
const buildEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

beforeAll(() => {
  for (const [browser, dir] of [
    ['chrome', 'chrome-mv3'],
    ['firefox', 'firefox-mv2'],
  ] as const) {
    // wxt.config.ts reads WXT_OUT_DIR for its outDir.
    execFileSync('npx', ['wxt', 'build', '-b', browser], { stdio: 'pipe', env: { ...buildEnv, WXT_OUT_DIR: outDir } });
    manifests[browser] = JSON.parse(readFileSync(path.join(outDir, dir, 'manifest.json'), 'utf8')) as Manifest;
  }
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

// Each entry is explained in the README's permissions table.
const API_PERMISSIONS = ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting'];
const LOOPBACK = ['http://localhost/*', 'http://127.0.0.1/*'];
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

describe('generated manifests', () => {
  it('build into their own folder and leave .output as it was', () => {
    expect(Object.keys(manifests)).toEqual(['chrome', 'firefox']);
    expect(modifiedAt(sharedManifest)).toBe(sharedBefore);
  });

  it('Chrome MV3: only storage, loopback hosts, other origins optional', () => {
    const manifest = manifests.chrome!;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(API_PERMISSIONS);
    expect(manifest.host_permissions).toEqual(LOOPBACK);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_ORIGINS);
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['interaction.js', 'inline-ui.js', 'autocomplete.js'], matches: ['<all_urls>'] }]);
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
      // The one eager script, built without WXT's content-script wrapper, after load.
      { matches: ['<all_urls>'], js: ['eager.js'], all_frames: true, match_about_blank: true, run_at: 'document_idle' },
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
