// Benchmark 4: the service worker stopped (CDP ServiceWorker.stopAllWorkers), then a request from the inline
// panel: time to its first delta painted, against the same request to a running worker, and where the cold
// request's time goes, from the worker's own start-up marks (lib/diagnostics/startup-marks.ts).
import type { Page } from '@playwright/test';
import type { BrowserRig } from './lib/browser-rig';
import { SEEDED_ANSWER_CHARS, seedCache } from './lib/seed-cache';
import { summarize } from './lib/stats';
import type { Row } from './lib/table';
import { panelIdle, panelRequest, UPSTREAM_LATENCY_MS, type PanelTiming } from './pipeline-overhead';

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

export async function workerColdStart(rig: BrowserRig, reps: number): Promise<Row[]> {
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
