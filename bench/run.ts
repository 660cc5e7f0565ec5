// Runs every benchmark, prints one table and writes bench/results.md. `npm run bench` builds the extension
// into .output-bench first. Flags: --extension-dir <dir>, --quick (few repetitions, for trying changes),
// --only <ids> (comma-separated: overhead,cache,load,cold,restart,rate,coalesce,form,filter,memory,panel,autocomplete), --out <file>.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../tests/e2e/fixtures/chromium';
import { autocompleteAccept } from './autocomplete-accept';
import { autocompleteKeystroke } from './autocomplete-keystroke';
import { autocompleteLatency } from './autocomplete-latency';
import { autocompleteSession } from './autocomplete-session';
import { bundleSizes } from './bundle-sizes';
import { cacheHitInBrowser, cacheHitInNode } from './cache-hit';
import { repeatSession, repeatsInBrowser } from './cache-repeats';
import { coalescing } from './coalescing';
import { contentScriptLoad } from './content-script-load';
import { formFill } from './form-fill';
import { startBrowserRig, type BrowserRig } from './lib/browser-rig';
import { loadAverage, machineInfo } from './lib/machine-info';
import { launchFloorChromium } from './lib/floor-extension';
import { launchPlainChromium, type PlainChromium } from './lib/plain-chromium';
import { writeResults } from './lib/results-file';
import { terminalTable, type Row } from './lib/table';
import { contentScriptMemory, workerMemory } from './memory';
import { outputFilter } from './output-filter';
import { panelOpen } from './panel-open';
import { pipelineOverheadInBrowser, pipelineOverheadInNode } from './pipeline-overhead';
import { rateLimit } from './rate-limit';
import { workerColdStart } from './worker-cold-start';
import { browserRestart } from './browser-restart';
import { launchRelayChromium } from './lib/relay-extension';

const { values: flags } = parseArgs({
  options: {
    'extension-dir': { type: 'string', default: process.env.DRAFTSMITH_EXTENSION_DIR ?? '.output-bench/chrome-mv3' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench/results.md' },
  },
});

// Enough repetitions for stable medians and a P99 that is not just the maximum, within ten minutes on 2 cores.
const REPS = flags.quick
  ? { nodeOverhead: 30, nodeCache: 30, browserOverhead: 15, browserCache: 8, coldStarts: 3, loads: 3, workerRequests: 100, pageHeaps: 1, filter: 2, autocompleteRequests: 20, autocompleteRounds: 2, autocompleteAccepts: 3 }
  : { nodeOverhead: 300, nodeCache: 200, browserOverhead: 150, browserCache: 60, coldStarts: 15, loads: 10, workerRequests: 1000, pageHeaps: 4, filter: 5, autocompleteRequests: 200, autocompleteRounds: 10, autocompleteAccepts: 10 };

const selected = new Set(flags.only?.split(',').map((id) => id.trim()));
const wanted = (id: string) => selected.size === 0 || selected.has(id);
const extensionDir = path.resolve(flags['extension-dir']);
const rows: Row[] = [];
const started = Date.now();
const loadStart = loadAverage();

// A failing benchmark becomes a row saying so; the others still run.
async function bench(id: string, label: string, run: () => Promise<Row[]> | Row[]): Promise<void> {
  if (!wanted(id)) return;
  const t0 = Date.now();
  process.stderr.write(`bench: ${label}… `);
  try {
    rows.push(...(await run()));
    process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write('failed\n');
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    rows.push({ group: '!', name: `${label}: failed`, value: Number.NaN, unit: 'ms', note: `${label} failed: ${message}` });
  }
}

await bench('overhead', 'pipeline overhead (Node)', () => pipelineOverheadInNode(REPS.nodeOverhead));
await bench('cache', 'cache hit (Node)', () => cacheHitInNode(REPS.nodeCache));
await bench('cache', 'repeated quick actions (Node)', repeatSession);
await bench('coalesce', 'coalescing', coalescing);
await bench('rate', 'rate limit (simulated clock)', rateLimit);
await bench('filter', 'output filter', () => outputFilter(REPS.filter));
await bench('autocomplete', 'autocomplete typing session', autocompleteSession);
await bench('autocomplete', 'autocomplete fresh suggestion (Node)', () => autocompleteLatency(REPS.autocompleteRequests));
await bench('autocomplete', 'autocomplete keystrokes (Chromium)', () => autocompleteKeystroke(REPS.autocompleteRounds));
await bench('autocomplete', 'autocomplete accept right after typing (Chromium)', () => autocompleteAccept(REPS.autocompleteAccepts));
await bench('bundle', 'bundle sizes', () => bundleSizes(extensionDir));

let chromium = '';
const browserIds = ['overhead', 'cache', 'load', 'cold', 'restart', 'form', 'memory', 'panel'];
if (browserIds.some(wanted)) {
  let rig: BrowserRig | null = null;
  let plain: PlainChromium | null = null;
  try {
    rig = await startBrowserRig(extensionDir);
    chromium = rig.chromiumVersion;
    const browserRig = rig;
    // The relay extension's browser, for the floor rows of the first delta and the cache hit.
    const withRelay = async (run: (relay: PlainChromium) => Promise<Row[]>): Promise<Row[]> => {
      const relay = await launchRelayChromium();
      try {
        return await run(relay);
      } finally {
        await relay.close();
      }
    };
    await bench('overhead', 'pipeline overhead (Chromium)', () => withRelay((relay) => pipelineOverheadInBrowser(browserRig, REPS.browserOverhead, relay)));
    await bench('cache', 'cache hit (Chromium)', () => withRelay((relay) => cacheHitInBrowser(browserRig, REPS.browserCache, relay)));
    await bench('cache', 'same request twice (Chromium)', () => repeatsInBrowser(browserRig));
    await bench('cold', 'service-worker cold start', async () => {
      // The relay extension's browser, for the floor row; only this benchmark needs it.
      const relay = await launchRelayChromium();
      try {
        return await workerColdStart(browserRig, relay, REPS.coldStarts);
      } finally {
        await relay.close();
      }
    });
    await bench('restart', 'options page after a browser restart', () => browserRestart(extensionDir, flags.quick ? 1 : 3));
    await bench('form', 'form fill through the popup', () => formFill(browserRig));
    if (wanted('load') || wanted('memory') || wanted('panel')) plain = await launchPlainChromium();
    const plainChromium = plain;
    if (plainChromium) {
      await bench('load', 'content script at page load', async () => {
        // The one-line content script's browser, for the floor rows; only this benchmark needs it.
        const floor = await launchFloorChromium();
        try {
          return await contentScriptLoad({ withExtension: browserRig, floor, plain: plainChromium, pages: browserRig.pages, reps: REPS.loads });
        } finally {
          await floor.close();
        }
      });
      await bench('memory', 'content-script heap', () =>
        contentScriptMemory({ withExtension: browserRig.context, plain: plainChromium.context, pages: browserRig.pages, reps: REPS.pageHeaps }),
      );
    }
    if (plainChromium) await bench('panel', 'panel open', () => panelOpen(browserRig, plainChromium.context, flags.quick ? 4 : 12));
    await bench('memory', 'service-worker heap', () => workerMemory(browserRig, REPS.workerRequests));
  } catch (error) {
    // Launching Chromium failed (no build in --extension-dir?): the Node rows still print.
    rows.push({ group: '!', name: 'Chromium benchmarks: failed to start', value: Number.NaN, unit: 'ms', note: `Chromium: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
  } finally {
    await plain?.close();
    await rig?.close();
  }
}
chromium ||= execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();

const order = (group: string) => (group === 'A' ? 9.5 : group === 'B' ? 9.7 : group === 'P' ? 10 : group === '!' ? 11 : Number(group));
rows.sort((a, b) => order(a.group) - order(b.group));
const seconds = (Date.now() - started) / 1000;
const machine = machineInfo(chromium, loadStart);
console.log(`\nDraftsmith benchmarks: ${machine.cpuModel} (${machine.cores} cores), Node ${machine.node}, Chromium ${machine.chromium}, ${machine.date}`);
console.log(`Load average ${machine.loadStart.toFixed(2)} → ${machine.loadEnd.toFixed(2)}; ${seconds.toFixed(0)} s\n`);
console.log(terminalTable(rows));
writeResults(flags.out, machine, rows, seconds);
console.log(`\nWrote ${flags.out}`);
