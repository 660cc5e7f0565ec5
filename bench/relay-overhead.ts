// The floor of benchmark 1 in Chromium: the least extension that streams an answer the way Draftsmith must, keys
// in the worker (bench/lib/relay-extension.ts: content script → port → worker fetch → deltas back → DOM), timed
// against a fetch of the same stream by the page itself in the same browser, the same way as the panel. What it
// adds over the page's fetch (two port hops and a worker) any such extension adds; Draftsmith's panel is judged
// against it as well as against the page.
import type { BrowserRig } from './lib/browser-rig';
import type { PlainChromium } from './lib/plain-chromium';
import { pairedDifferences, summarize } from './lib/stats';
import type { Row } from './lib/table';
import { directRequest, type PanelTiming } from './pipeline-overhead';

export interface AddedDelay {
  paint: { median: number; p99: number };
  dom: { median: number; p99: number };
  // Of the median added delay in the DOM, the part before the request reached the server.
  outbound: number;
}

export async function relayOverhead(relay: PlainChromium, rig: BrowserRig, bodyFor: (prompt: string) => string, reps: number): Promise<AddedDelay> {
  const page = await relay.context.newPage();
  const url = `${rig.llm.baseUrl}/chat/completions`;
  const viaRelay = async (prompt: string): Promise<PanelTiming> => {
    const timing = (await page.evaluate(`benchRelay(${JSON.stringify(url)}, ${JSON.stringify(bodyFor(prompt))})`)) as PanelTiming;
    // The next request starts once this stream has ended, as the panel's do.
    await page.waitForFunction(() => document.getElementById('relay-output')?.dataset.done === 'yes');
    return timing;
  };
  try {
    await page.goto(`${rig.pages.url}/overhead.html`);
    await page.bringToFront();
    for (let i = 0; i < 8; i++) {
      await viaRelay(`relay warm up ${i}`);
      await directRequest(page, url, bodyFor(`relay warm direct ${i}`));
    }
    const relayed: PanelTiming[] = [];
    const direct: PanelTiming[] = [];
    // Start to arrival at the server, as for the panel's pairs. Neither path sends a key, so each pair's two
    // prompts differ by one letter (same length) to tell them apart at the server.
    const outbound = { relayed: [] as number[], direct: [] as number[] };
    const arrival = (prompt: string, startedAt: number) => {
      const sent = rig.llm.requests.findLast((request) => request.rawBody.includes(prompt));
      return sent ? sent.at - startedAt : Number.NaN;
    };
    for (let i = 0; i < reps; i++) {
      const one = async () => {
        const timing = await viaRelay(`relay probe R${i}`);
        relayed.push(timing);
        outbound.relayed.push(arrival(`relay probe R${i}`, timing.startedAt));
      };
      const other = async () => {
        const timing = await directRequest(page, url, bodyFor(`relay probe D${i}`));
        direct.push(timing);
        outbound.direct.push(arrival(`relay probe D${i}`, timing.startedAt));
      };
      // Alternating order, as the panel's pairs.
      if (i % 2 === 0) await other().then(one);
      else await one().then(other);
    }
    const paint = summarize(pairedDifferences(relayed.map((t) => t.paint), direct.map((t) => t.paint)));
    const dom = summarize(pairedDifferences(relayed.map((t) => t.dom), direct.map((t) => t.dom)));
    return {
      paint: { median: paint.median, p99: paint.p99 },
      dom: { median: dom.median, p99: dom.p99 },
      outbound: summarize(outbound.relayed).median - summarize(outbound.direct).median,
    };
  } finally {
    await page.close();
  }
}

const signed = (ms: number) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)}`;

// Draftsmith's added delay (paired, against the page's fetch in its browser) beside the floor's (paired, against
// the page's fetch in the relay's browser).
export function floorRows(panel: AddedDelay, floor: AddedDelay, reps: number): Row[] {
  const row = (name: string, ours: number, theirs: number, note?: string): Row => ({
    group: '1',
    name,
    value: ours,
    unit: 'ms',
    baseline: { value: theirs, label: 'a relay extension: port, fetch, deltas back' },
    goal: { text: `report only (${signed(ours - theirs)} ms over the floor)`, met: null },
    ...(note ? { note } : {}),
  });
  return [
    row(
      'First delta painted, browser, added over the page fetch, against the relay floor, median',
      panel.paint.median,
      floor.paint.median,
      `The floor: an extension of a few lines (bench/lib/relay-extension.ts) whose content script sends the same request over a port to its worker, which fetches it and posts the deltas back into the page; ${reps} alternating pairs against the page's own fetch in its own browser, paired differences as in the rows above. Added over the page's fetch: floor ${signed(floor.paint.median)} ms painted (P99 ${signed(floor.paint.p99)}), ${signed(floor.dom.median)} ms in the DOM (P99 ${signed(floor.dom.p99)}), of which ${floor.outbound.toFixed(1)} ms before the request reaches the server (Draftsmith ${panel.outbound.toFixed(1)} ms). No extension that keeps the key in its worker can add less than the floor.`,
    ),
    row('First delta painted, browser, added over the page fetch, against the relay floor, P99', panel.paint.p99, floor.paint.p99),
    row('First delta in DOM, browser, added over the page fetch, against the relay floor, median', panel.dom.median, floor.dom.median),
  ];
}
