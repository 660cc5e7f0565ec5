// Owns the floors of the worker's paths: Chromium with the least extension that streams an answer the way
// Draftsmith must, keys in the worker (cold start, first delta, an answer from the worker's memory). Its content script connects a port to its worker, which fetches the stream and posts each
// delta back, and the content script writes it into the page. A cold request to it pays the browser's worker
// start, a script of a few lines, the port and the fetch; whatever it costs over its own warm request any such
// extension costs, and Draftsmith's cold start is judged against it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../../tests/e2e/fixtures/chromium';
import { FOREGROUND_ARGS } from './foreground-args';
import { benchBrowser, type PlainChromium } from './plain-chromium';

const MANIFEST = {
  manifest_version: 3,
  name: 'Draftsmith bench relay',
  version: '1.0.0',
  background: { service_worker: 'background.js' },
  host_permissions: ['http://127.0.0.1/*'],
  content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['relay.js'], run_at: 'document_idle' }],
};

// The worker: fetch the request the page sent and post each delta's text, then null. A request that carries its
// answer (memory) is answered with it at once: the floor of an answer from the worker's memory, as a cache hit is.
const WORKER = `chrome.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener(async ({ url, body, memory }) => {
    if (memory !== undefined) {
      port.postMessage(memory);
      return;
    }
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\\n\\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        for (const line of frame.split('\\n')) {
          if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
          const content = JSON.parse(line.slice(6)).choices?.[0]?.delta?.content;
          if (content) port.postMessage(content);
        }
      }
    }
    port.postMessage(null);
  });
});
`;

// The content script: the page asks through window.postMessage (bench/pages/overhead.html, benchRelay), or with
// an Enter keydown on #relay-output for an answer from the worker's memory (benchRelayMemory), sent over a port
// kept open as the panel keeps a spare one, and written in the page when it comes back.
const CONTENT = `let memoryPort = null;
document.getElementById('relay-output')?.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  const output = event.currentTarget;
  if (!memoryPort) {
    memoryPort = chrome.runtime.connect();
    memoryPort.onMessage.addListener((text) => {
      output.textContent = text;
    });
    memoryPort.onDisconnect.addListener(() => {
      memoryPort = null;
    });
  }
  memoryPort.postMessage({ memory: output.dataset.memory });
});
window.addEventListener('message', (event) => {
  if (event.source !== window || !event.data || !event.data.relayRequest) return;
  const output = document.getElementById('relay-output');
  const port = chrome.runtime.connect();
  port.onMessage.addListener((text) => {
    if (text === null) {
      port.disconnect();
      output.dataset.done = 'yes';
    } else output.textContent += text;
  });
  port.postMessage(event.data.relayRequest);
});
`;

export async function launchRelayChromium(): Promise<PlainChromium> {
  const extensionDir = mkdtempSync(path.join(tmpdir(), 'draftsmith-bench-relay-'));
  writeFileSync(path.join(extensionDir, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(path.join(extensionDir, 'background.js'), WORKER);
  writeFileSync(path.join(extensionDir, 'relay.js'), CONTENT);
  const { context, userDataDir } = await launchWithExtension({ extensionDir, args: [...FOREGROUND_ARGS] });
  return benchBrowser(context, [userDataDir, extensionDir]);
}
