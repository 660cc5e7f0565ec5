// Owns the page-load floor: Chromium with an extension whose only content script is one line, injected the way
// Draftsmith's is (every URL, all frames, about:blank, document_idle). The line listens for focus on the
// document, the least any extension that helps in fields must do; it makes the isolated world reach the page's
// DOM, which a script that touches nothing never pays (a CPU profile put that first access at about 9 ms in a
// new tab). Whatever the floor costs a page any such content script costs; Draftsmith's is judged against it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EAGER_FILE } from '../../lib/manifest/script-files';
import { launchWithExtension } from '../../tests/e2e/fixtures/chromium';
import { FOREGROUND_ARGS } from './foreground-args';
import { benchBrowser, type PlainChromium } from './plain-chromium';

export type FloorChromium = PlainChromium;

const MANIFEST = {
  manifest_version: 3,
  name: 'Draftsmith bench floor',
  version: '1.0.0',
  content_scripts: [{ matches: ['<all_urls>'], js: [EAGER_FILE], all_frames: true, match_about_blank: true, run_at: 'document_idle' }],
};

export async function launchFloorChromium(): Promise<FloorChromium> {
  const extensionDir = mkdtempSync(path.join(tmpdir(), 'draftsmith-bench-floor-'));
  writeFileSync(path.join(extensionDir, 'manifest.json'), JSON.stringify(MANIFEST));
  // Same path as Draftsmith's eager script, so the trace analysis finds its EvaluateScript the same way.
  writeFileSync(path.join(extensionDir, EAGER_FILE), "document.addEventListener('focusin', () => {}, true);\n");
  const { context, userDataDir } = await launchWithExtension({ extensionDir, args: [...FOREGROUND_ARGS] });
  return benchBrowser(context, [userDataDir, extensionDir]);
}
