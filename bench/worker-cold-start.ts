// Benchmark 4: the service worker stopped (CDP ServiceWorker.stopAllWorkers), then a request from the inline
// panel: time to its first delta painted, against the same request to a running worker.
import type { BrowserRig } from './lib/browser-rig';
import { summarize } from './lib/stats';
import type { Row } from './lib/table';
import { panelIdle, panelRequest, UPSTREAM_LATENCY_MS } from './pipeline-overhead';

export async function workerColdStart(rig: BrowserRig, reps: number): Promise<Row[]> {
  await rig.configure();
  rig.llm.reset();
  rig.llm.script({ kind: 'latency', ms: UPSTREAM_LATENCY_MS, times: -1 });
  const page = await rig.openPanelPage();
  try {
    const ask = async (prompt: string) => {
      const timing = await panelRequest(page, prompt);
      await panelIdle(page);
      return timing.paint;
    };
    await ask('cold start warm up');
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < reps; i++) {
      await rig.stopWorker(page);
      cold.push(await ask(`cold start probe ${i}`));
      warm.push(await ask(`warm probe ${i}`));
    }
    const coldStats = summarize(cold);
    const warmStats = summarize(warm);
    return [
      { group: '4', name: 'Worker cold start to first delta painted, median', value: coldStats.median, unit: 'ms', baseline: { value: warmStats.median, label: 'worker running' }, note: `Service-worker cold start: ${reps} stops; no goal set, reported only. Upstream latency ${UPSTREAM_LATENCY_MS} ms included on both sides.` },
      { group: '4', name: 'Worker cold start to first delta painted, P99', value: coldStats.p99, unit: 'ms', baseline: { value: warmStats.p99, label: 'worker running' } },
    ];
  } finally {
    await page.close();
  }
}
