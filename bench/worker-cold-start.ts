// Benchmark 4: the service worker stopped (CDP ServiceWorker.stopAllWorkers), then a request from the inline
// panel: time to its first delta painted, against the same request to a running worker, and where the cold
// request's time goes, from the worker's own start-up marks (lib/diagnostics/startup-marks.ts).
import type { BrowserRig } from './lib/browser-rig';
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

export async function workerColdStart(rig: BrowserRig, reps: number): Promise<Row[]> {
  await rig.configure();
  rig.llm.reset();
  rig.llm.script({ kind: 'latency', ms: UPSTREAM_LATENCY_MS, times: -1 });
  const page = await rig.openPanelPage();
  try {
    const ask = async (prompt: string) => {
      const timing = await panelRequest(page, prompt);
      await panelIdle(page);
      return timing;
    };
    await ask('cold start warm up');
    const cold: number[] = [];
    const warm: number[] = [];
    const phases = new Map<string, number[]>();
    for (let i = 0; i < reps; i++) {
      await rig.stopWorker(page);
      const timing = await ask(`cold start probe ${i}`);
      cold.push(timing.paint);
      for (const [phase, ms] of coldPhases(timing, await rig.workerMarks())) phases.set(phase, [...(phases.get(phase) ?? []), ms]);
      warm.push((await ask(`warm probe ${i}`)).paint);
    }
    const coldStats = summarize(cold);
    const warmStats = summarize(warm);
    return [
      {
        group: '4',
        name: 'Worker cold start to first delta painted, median',
        value: coldStats.median,
        unit: 'ms',
        baseline: { value: warmStats.median, label: 'worker running' },
        // The goal: a cold request within 1.5× of the same request to a running worker.
        goal: { text: `≤ 1.5× the running worker (${(warmStats.median * 1.5).toFixed(0)} ms)`, met: coldStats.median <= warmStats.median * 1.5 },
        note: `Service-worker cold start: ${reps} stops. Upstream latency ${UPSTREAM_LATENCY_MS} ms included on both sides; the spans below are the cold request's, from the worker's own marks.`,
      },
      { group: '4', name: 'Worker cold start to first delta painted, P99', value: coldStats.p99, unit: 'ms', baseline: { value: warmStats.p99, label: 'worker running' } },
      ...[...phases].map(([phase, values]): Row => ({ group: '4', name: `Cold start, ${phase}, median`, value: summarize(values).median, unit: 'ms' })),
    ];
  } finally {
    await page.close();
  }
}
