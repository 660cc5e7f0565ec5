// Benchmark 1: how much later the first delta arrives through Draftsmith than through a bare fetch of the same
// stream, in Chromium (inline panel → worker → pipeline → panel, painted) and in Node (the pipeline alone).
import type { Page } from '@playwright/test';
import { startHarness } from '../tests/support/pipeline-kit';
import type { BrowserRig } from './lib/browser-rig';
import type { PlainChromium } from './lib/plain-chromium';
import { fetchRawStream } from './lib/raw-stream';
import { bodyTemplate, timeGenerate } from './lib/pipeline-timing';
import { summarize, pairedDifferences, type Summary } from './lib/stats';
import { below, type Row } from './lib/table';
import { floorRows, relayOverhead } from './relay-overhead';

// Fixed upstream delay (the test server's `latency` fault) on every request, both paths alike.
export const UPSTREAM_LATENCY_MS = 20;

export interface PanelTiming {
  dom: number;
  paint: number;
  text: string;
  // Epoch ms when the request started, comparable with the server's arrival time.
  startedAt: number;
}

export const panelRequest = (page: Page, prompt: string, until: string | null = null): Promise<PanelTiming> =>
  page.evaluate(`benchPanel(${JSON.stringify(prompt)}, ${JSON.stringify(until)})`);

export const directRequest = (page: Page, url: string, body: string): Promise<PanelTiming> =>
  page.evaluate(`benchDirect(${JSON.stringify(url)}, ${JSON.stringify(body)})`);

// The panel takes a new prompt only once the previous answer is done.
export const panelIdle = (page: Page): Promise<void> =>
  page.getByRole('dialog', { name: 'Draftsmith' }).getByRole('button', { name: 'Send', exact: true }).waitFor();

// The upstream body the extension sent for `prompt`, as a template for the direct path's identical request.
export function sentBodyTemplate(rig: BrowserRig, prompt: string): (next: string) => string {
  const sent = rig.llm.requests.findLast((request) => request.method === 'POST' && request.rawBody.includes(prompt));
  if (!sent) throw new Error(`The extension sent no request for ${prompt}`);
  return (next) => sent.rawBody.replaceAll(prompt, next);
}

// Added latency is judged on paired per-request differences (each request against the baseline request made just
// before or after it): on a busy machine a difference of two P99s can even come out negative.
function addedRows(group: string, label: string, through: Summary, raw: Summary, paired: Summary, baselineLabel: string): Row[] {
  const signed = (ms: number) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)}`;
  const note = `${label}: added latency = paired per-request differences (n=${paired.n}); the difference of the percentiles themselves is ${signed(through.median - raw.median)} ms at the median and ${signed(through.p99 - raw.p99)} ms at P99.`;
  return [
    {
      group,
      name: `${label}, median`,
      value: through.median,
      unit: 'ms',
      baseline: { value: raw.median, label: baselineLabel },
      goal: { text: `added < 2 ms (got ${signed(paired.median)})`, met: below(paired.median, 2, 'ms').met },
      note,
    },
    {
      group,
      name: `${label}, P99`,
      value: through.p99,
      unit: 'ms',
      baseline: { value: raw.p99, label: baselineLabel },
      goal: { text: `added < 5 ms (got ${signed(paired.p99)})`, met: below(paired.p99, 5, 'ms').met },
    },
  ];
}

// With `relay` (the floor extension's browser), the same pairs are also timed through it, and rows set the panel's
// added delay beside the floor's.
export async function pipelineOverheadInBrowser(rig: BrowserRig, reps: number, relay?: PlainChromium): Promise<Row[]> {
  await rig.configure();
  rig.llm.reset();
  rig.llm.script({ kind: 'latency', ms: UPSTREAM_LATENCY_MS, times: -1 });
  const page = await rig.openPanelPage();
  try {
    for (let i = 0; i < 8; i++) {
      await panelRequest(page, `warm up ${i}`);
      await panelIdle(page);
    }
    const template = sentBodyTemplate(rig, 'warm up 7');
    const url = `${rig.llm.baseUrl}/chat/completions`;
    for (let i = 0; i < 8; i++) await directRequest(page, url, template(`warm direct ${i}`));
    const direct: PanelTiming[] = [];
    const panel: PanelTiming[] = [];
    // Start to arrival at the server: how much of the added delay is on the way out.
    const outbound = { direct: [] as number[], panel: [] as number[] };
    const arrival = (prompt: string, viaExtension: boolean, startedAt: number) => {
      const sent = rig.llm.requests.findLast((request) => request.rawBody.includes(prompt) && (request.headers.authorization !== undefined) === viaExtension);
      return sent ? sent.at - startedAt : Number.NaN;
    };
    for (let i = 0; i < reps; i++) {
      const prompt = `overhead probe ${i}`;
      const viaDirect = async () => {
        const timing = await directRequest(page, url, template(prompt));
        direct.push(timing);
        outbound.direct.push(arrival(prompt, false, timing.startedAt));
      };
      const viaPanel = async () => {
        const timing = await panelRequest(page, prompt);
        panel.push(timing);
        outbound.panel.push(arrival(prompt, true, timing.startedAt));
        await panelIdle(page);
      };
      // Alternating order, so drift on a busy machine falls on both paths alike.
      if (i % 2 === 0) await viaDirect().then(viaPanel);
      else await viaPanel().then(viaDirect);
    }
    const paint = (list: PanelTiming[]) => list.map((timing) => timing.paint);
    const dom = (list: PanelTiming[]) => list.map((timing) => timing.dom);
    const addedPaint = summarize(pairedDifferences(paint(panel), paint(direct)));
    const addedDom = summarize(pairedDifferences(dom(panel), dom(direct)));
    const rows = [
      ...addedRows('1', 'First delta painted, browser (panel vs page fetch)', summarize(paint(panel)), summarize(paint(direct)), addedPaint, 'page fetch'),
      ...addedRows('1', 'First delta in DOM, browser (no frame wait)', summarize(dom(panel)), summarize(dom(direct)), addedDom, 'page fetch'),
    ];
    const outboundAdded = summarize(outbound.panel).median - summarize(outbound.direct).median;
    if (relay) {
      const floor = await relayOverhead(relay, rig, template, reps);
      const ours = { paint: { median: addedPaint.median, p99: addedPaint.p99 }, dom: { median: addedDom.median, p99: addedDom.p99 }, outbound: outboundAdded };
      rows.push(...floorRows(ours, floor, reps));
    }
    const totalAdded = summarize(dom(panel)).median - summarize(dom(direct)).median;
    const first = rows[0];
    if (first) {
      first.note += ` Split of the median added delay (server arrival times, 1 ms resolution): ${outboundAdded.toFixed(1)} ms before the request reaches the server (panel → port → worker → pipeline → fetch), ${(totalAdded - outboundAdded).toFixed(1)} ms on the way back (worker → port → React → DOM). ${reps} alternating pairs, upstream latency ${UPSTREAM_LATENCY_MS} ms.`;
    }
    return rows;
  } finally {
    await page.close();
  }
}

export async function pipelineOverheadInNode(reps: number): Promise<Row[]> {
  const harness = await startHarness();
  try {
    harness.server.script({ kind: 'latency', ms: UPSTREAM_LATENCY_MS, times: -1 });
    for (let i = 0; i < 20; i++) await timeGenerate(harness, `warm up ${i}`);
    const template = bodyTemplate(harness, 'warm up 19');
    const url = `${harness.server.baseUrl}/chat/completions`;
    for (let i = 0; i < 20; i++) await fetchRawStream(url, template(`warm raw ${i}`));
    const piped: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < reps; i++) {
      const prompt = `overhead probe ${i}`;
      const viaPipeline = async () => piped.push((await timeGenerate(harness, prompt)).firstDeltaMs);
      const viaRaw = async () => raw.push((await fetchRawStream(url, template(prompt))).firstDeltaMs);
      if (i % 2 === 0) await viaRaw().then(viaPipeline);
      else await viaPipeline().then(viaRaw);
    }
    const rows = addedRows('1', 'First delta, Node pipeline (memory stores)', summarize(piped), summarize(raw), summarize(pairedDifferences(piped, raw)), 'raw fetch+SSE');
    const [median] = rows;
    return median ? [...rows, { ...median, group: 'P', name: 'Added latency per request over raw fetch, median', note: undefined }] : rows;
  } finally {
    await harness.close();
  }
}
