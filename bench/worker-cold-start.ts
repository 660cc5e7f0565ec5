// Benchmark 4: the service worker stopped (CDP ServiceWorker.stopAllWorkers), then a request from the inline
// panel: time to its first delta painted, against the same request to a running worker, and where the cold
// request's time goes, from the worker's own start-up marks (lib/diagnostics/startup-marks.ts).
import type { Page } from '@playwright/test';
import type { BrowserRig } from './lib/browser-rig';
import { SEEDED_ANSWER_CHARS, seedCache } from './lib/seed-cache';
import { summarize } from './lib/stats';
import type { Row } from './lib/table';
import { panelIdle, panelRequest, sentBodyTemplate, UPSTREAM_LATENCY_MS, type PanelTiming } from './pipeline-overhead';
import type { PlainChromium } from './lib/plain-chromium';
import { findServiceWorker } from '../tests/support/target-session';

// Consecutive spans of one cold request, from the page's request to its first delta painted. A mark the worker
// never reached leaves its span out.
function coldPhases(timing: PanelTiming, worker: { origin: number; marks: Record<string, number> }): Array<[string, number]> {
  const at = (stage: string) => (worker.marks[stage] === undefined ? undefined : worker.origin + worker.marks[stage]);
  const points: Array<[string, number | undefined]> = [
    ['browser starts the worker', worker.origin],
    ['script load and compile', at('evaluation')],
    ['module evaluation', at('main')],
    ['listeners set up', at('listeners')],
    ['port connected', at('port')],
    ['request received', at('start')],
    ['settings, cache miss, prompt, to upstream fetch', at('fetch')],
    ['upstream to first delta posted', at('first-delta')],
    ['port to paint in the page', timing.startedAt + timing.paint],
  ];
  const spans: Array<[string, number]> = [];
  let previous = timing.startedAt;
  for (const [name, point] of points) {
    if (point === undefined) continue;
    spans.push([name, point - previous]);
    previous = point;
  }
  const settings = at('settings');
  if (settings !== undefined) spans.push(['settings loaded (from the worker start)', settings - worker.origin]);
  return spans;
}

// The default cache cap: an install used for a while has this many answers stored.
const FULL_CACHE_ENTRIES = 1000;

interface ColdRun {
  cold: number[];
  warm: number[];
  phases: Map<string, number[]>;
}

async function measure(rig: BrowserRig, page: Page, reps: number, label: string): Promise<ColdRun> {
  const run: ColdRun = { cold: [], warm: [], phases: new Map() };
  const ask = async (prompt: string) => {
    const timing = await panelRequest(page, prompt);
    await panelIdle(page);
    return timing;
  };
  for (let i = 0; i < reps; i++) {
    await rig.stopWorker(page);
    const timing = await ask(`cold start probe ${label} ${i}`);
    run.cold.push(timing.paint);
    for (const [phase, ms] of coldPhases(timing, await rig.workerMarks())) run.phases.set(phase, [...(run.phases.get(phase) ?? []), ms]);
    run.warm.push((await ask(`warm probe ${label} ${i}`)).paint);
  }
  return run;
}

// The floor's cold and warm requests, alternating like Draftsmith's, for the same stream Draftsmith asked for.
async function measureRelay(relay: PlainChromium, rig: BrowserRig, reps: number): Promise<{ cold: number[]; warm: number[] }> {
  const worker = relay.context.serviceWorkers()[0] ?? (await relay.context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const browserSession = await relay.browser.newBrowserCDPSession();
  const page = await relay.context.newPage();
  const bodyFor = sentBodyTemplate(rig, 'cold start warm up');
  const url = `${rig.llm.baseUrl}/chat/completions`;
  const ask = async (prompt: string): Promise<PanelTiming> => {
    const timing = (await page.evaluate(`benchRelay(${JSON.stringify(url)}, ${JSON.stringify(bodyFor(prompt))})`)) as PanelTiming;
    // The next request starts once this stream has ended, as the panel's do.
    await page.waitForFunction(() => document.getElementById('relay-output')?.dataset.done === 'yes');
    return timing;
  };
  const stop = async () => {
    const session = await relay.context.newCDPSession(page);
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await session.detach();
    for (let tries = 0; tries < 100 && (await findServiceWorker(browserSession, extensionId)) !== null; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  try {
    await page.goto(`${rig.pages.url}/overhead.html`);
    await page.bringToFront();
    await ask('relay warm up');
    const result = { cold: [] as number[], warm: [] as number[] };
    for (let i = 0; i < reps; i++) {
      await stop();
      result.cold.push((await ask(`relay cold probe ${i}`)).paint);
      result.warm.push((await ask(`relay warm probe ${i}`)).paint);
    }
    return result;
  } finally {
    await page.close();
    await browserSession.detach().catch(() => undefined);
  }
}

export async function workerColdStart(rig: BrowserRig, relay: PlainChromium, reps: number): Promise<Row[]> {
  await rig.configure();
  rig.llm.reset();
  rig.llm.script({ kind: 'latency', ms: UPSTREAM_LATENCY_MS, times: -1 });
  const page = await rig.openPanelPage();
  try {
    await panelRequest(page, 'cold start warm up');
    await panelIdle(page);
    const { cold, warm, phases } = await measure(rig, page, reps, 'a');
    const coldStats = summarize(cold);
    const warmStats = summarize(warm);
    await seedCache(rig.context, rig.extensionId, FULL_CACHE_ENTRIES);
    const full = await measure(rig, page, reps, 'full');
    const fullStats = summarize(full.cold);
    const fullWarm = summarize(full.warm);
    const toFetch = 'settings, cache miss, prompt, to upstream fetch';
    const floor = await measureRelay(relay, rig, reps);
    const floorCold = summarize(floor.cold);
    const floorWarm = summarize(floor.warm);
    return [
      {
        group: '4',
        name: 'Worker cold start to first delta painted, median',
        value: coldStats.median,
        unit: 'ms',
        baseline: { value: warmStats.median, label: 'worker running' },
        // The goal: a cold request within 1.5× of the same request to a running worker.
        goal: { text: `≤ 1.5× the running worker (${(warmStats.median * 1.5).toFixed(0)} ms)`, met: coldStats.median <= warmStats.median * 1.5 },
        note: `Service-worker cold start: ${reps} stops. Upstream latency ${UPSTREAM_LATENCY_MS} ms included on both sides; the spans below are the cold request's, from the worker's own marks. The cache holds what the benchmarks before this one left in it.`,
      },
      { group: '4', name: 'Worker cold start to first delta painted, P99', value: coldStats.p99, unit: 'ms', baseline: { value: warmStats.p99, label: 'worker running' } },
      {
        group: '4',
        name: 'Worker cold start to first delta painted, against the cold-start floor, median',
        value: coldStats.median,
        unit: 'ms',
        baseline: { value: floorCold.median, label: 'a relay extension: port, fetch, deltas back' },
        note: `The floor: an extension of a few lines (bench/lib/relay-extension.ts) whose content script sends the same request over a port to its worker, which fetches it and posts the deltas back; ${reps} stops, in its own browser. Its cold request is ×${(floorCold.median / floorWarm.median).toFixed(2)} its warm one (${floorCold.median.toFixed(1)} against ${floorWarm.median.toFixed(1)} ms): what any extension that keeps keys in its worker pays for a stopped worker. Draftsmith's cold start is ${(coldStats.median - floorCold.median).toFixed(1)} ms over it.`,
      },
      ...[...phases].map(([phase, values]): Row => ({ group: '4', name: `Cold start, ${phase}, median`, value: summarize(values).median, unit: 'ms' })),
      {
        group: '4',
        name: `Worker cold start to first delta painted, ${FULL_CACHE_ENTRIES.toLocaleString('en')} cached answers, median`,
        value: fullStats.median,
        unit: 'ms',
        baseline: { value: fullWarm.median, label: 'worker running' },
        goal: { text: `≤ 1.5× the running worker (${(fullWarm.median * 1.5).toFixed(0)} ms)`, met: fullStats.median <= fullWarm.median * 1.5 },
        note: `The same ${reps} stops with the cache full to its default cap (${FULL_CACHE_ENTRIES.toLocaleString('en')} stored answers of ${SEEDED_ANSWER_CHARS} characters, bench/lib/seed-cache.ts), as an install used for a while has it. A lookup after a worker start reads only its own entry; the index of all entries is read at the answer's own write.`,
      },
      {
        group: '4',
        name: `Cold start, ${FULL_CACHE_ENTRIES.toLocaleString('en')} cached answers, ${toFetch}, median`,
        value: summarize(full.phases.get(toFetch) ?? []).median,
        unit: 'ms',
        baseline: { value: summarize(phases.get(toFetch) ?? []).median, label: 'the cache as left by earlier benchmarks' },
      },
    ];
  } finally {
    await page.close();
  }
}
