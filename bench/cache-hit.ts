// Benchmark 2: a cache hit, from request to the full text, against the same request uncached: in Chromium
// (inline panel, full text painted) and in Node (the pipeline alone, to its done event).
import { startHarness } from '../tests/support/pipeline-kit';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import type { BrowserRig } from './lib/browser-rig';
import type { PlainChromium } from './lib/plain-chromium';
import { timeGenerate } from './lib/pipeline-timing';
import { summarize } from './lib/stats';
import { below, type Row } from './lib/table';
import { panelIdle, panelRequest, UPSTREAM_LATENCY_MS, type PanelTiming } from './pipeline-overhead';

function rowsFor(group: string, label: string, hits: number[], misses: number[], limit: number): Row[] {
  const hit = summarize(hits);
  const miss = summarize(misses);
  return [
    { group, name: `${label}, median`, value: hit.median, unit: 'ms', baseline: { value: miss.median, label: 'uncached' } },
    { group, name: `${label}, P99`, value: hit.p99, unit: 'ms', baseline: { value: miss.p99, label: 'uncached' }, goal: below(hit.p99, limit, 'ms') },
  ];
}

// The floor of an answer from an extension worker's memory, in the relay extension's browser: the same texts,
// each a prompt typed a task before Enter, spaced over the phases of a frame.
async function relayMemoryFloor(relay: PlainChromium, rig: BrowserRig, texts: string[]): Promise<number[]> {
  const page = await relay.context.newPage();
  try {
    await page.goto(`${rig.pages.url}/overhead.html`);
    await page.bringToFront();
    const ask = async (text: string) => ((await page.evaluate(`benchRelayMemory(${JSON.stringify(text.slice(0, 40))}, ${JSON.stringify(text)})`)) as PanelTiming).paint;
    for (let i = 0; i < 5; i++) await ask(`relay memory warm up ${i}`);
    const painted: number[] = [];
    for (const [i, text] of texts.entries()) {
      await page.waitForTimeout((i * 7) % 17);
      painted.push(await ask(text));
    }
    return painted;
  } finally {
    await page.close();
  }
}

// With `relay` (the floor extension's browser), a row also sets the hits beside an answer from a worker's memory.
export async function cacheHitInBrowser(rig: BrowserRig, reps: number, relay?: PlainChromium): Promise<Row[]> {
  // Answers are cached only at low temperatures unless the user opts in.
  await rig.configure({ generation: { ...DEFAULT_SETTINGS.generation, temperature: 0 } });
  rig.llm.reset();
  rig.llm.script({ kind: 'latency', ms: UPSTREAM_LATENCY_MS, times: -1 });
  const page = await rig.openPanelPage();
  try {
    const ask = async (prompt: string, until: string | null): Promise<PanelTiming> => {
      const timing = await panelRequest(page, prompt, until);
      await panelIdle(page);
      return timing;
    };
    // The answer text for a prompt, learnt from one request: the server echoes the prompt.
    await ask('cache warm up', null);
    const full = await page.evaluate(`document.querySelector('draftsmith-panel').shadowRoot.querySelector('[role=region]').textContent`);
    if (typeof full !== 'string' || !full.includes('cache warm up')) throw new Error(`Unexpected answer: ${String(full)}`);
    const answerFor = (prompt: string) => full.replaceAll('cache warm up', prompt);
    await ask('cache warm up again', answerFor('cache warm up again'));
    await ask('cache warm up', full);
    // Each hit follows a different answer, so the panel visibly changes to it: prompt i is asked again (a hit)
    // after prompt i + 1 was asked for the first time (a miss).
    const prompt = (i: number) => `cache probe ${i}`;
    const misses: number[] = [(await ask(prompt(0), answerFor(prompt(0)))).paint];
    const hits: number[] = [];
    for (let i = 0; i < reps; i++) {
      misses.push((await ask(prompt(i + 1), answerFor(prompt(i + 1)))).paint);
      hits.push((await ask(prompt(i), answerFor(prompt(i)))).paint);
    }
    const upstream = rig.llm.requests.filter((request) => request.method === 'POST').length;
    // The same number of writes by the page itself, spaced like the hits (each after a request), so they fall at
    // every phase of the frame.
    const floor: number[] = [];
    for (let i = 0; i < reps; i++) {
      await ask(prompt(i + 1), answerFor(prompt(i + 1)));
      floor.push(((await page.evaluate(`benchFloor(${JSON.stringify(prompt(i))}, ${JSON.stringify(answerFor(prompt(i)))})`)) as PanelTiming).paint);
    }
    const rows = rowsFor('2', 'Cache hit to full text painted, browser', hits, misses, 10);
    const first = rows[0];
    if (first) first.note = `Browser cache bench: ${upstream} upstream calls for ${reps * 2 + 4} panel requests (${reps + 3} distinct prompts; every second request of a prompt should be a hit).`;
    // The hits' P99 against a floor's, in a row of its own.
    const against = (floorName: string, samples: number[], label: string, note: (median: number) => string): Row => {
      const stats = summarize(samples);
      return { group: '2', name: `Cache hit to full text painted, browser, P99, against ${floorName}`, value: summarize(hits).p99, unit: 'ms', baseline: { value: stats.p99, label }, note: note(stats.median) };
    };
    rows.push(
      against(
        'the frame floor',
        floor,
        "the page's own keydown handler writing the text",
        (median) =>
          `The floor: ${reps} writes of the same text by the page in its own keydown handler, each after a prompt typed into a textarea a task before Enter (as the panel's prompt is), timed to the next animation frame as the hits are (median ${median.toFixed(1)} ms). No answer can paint before the next frame, and the frame the typed prompt asked for sets when that one can start.`,
      ),
    );
    if (relay) {
      const memory = await relayMemoryFloor(relay, rig, Array.from({ length: reps }, (_, i) => answerFor(prompt(i))));
      rows.push(
        against(
          "an answer from a worker's memory",
          memory,
          'a relay extension answering from its worker over an open port',
          (median) =>
            `The floor of any extension whose cache lives in its worker: the relay extension (bench/lib/relay-extension.ts), in its own browser, answers each of the same ${reps} texts from its worker's memory over a port its content script keeps open; Enter a task after a prompt typed in a textarea, timed to the next frame, as the hits are (median ${median.toFixed(1)} ms against the hits' ${summarize(hits).median.toFixed(1)} ms).`,
        ),
      );
    }
    return rows;
  } finally {
    await page.close();
  }
}

export async function cacheHitInNode(reps: number): Promise<Row[]> {
  const harness = await startHarness();
  try {
    harness.server.script({ kind: 'latency', ms: UPSTREAM_LATENCY_MS, times: -1 });
    for (let i = 0; i < 20; i++) {
      await timeGenerate(harness, `warm up ${i}`);
      await timeGenerate(harness, `warm up ${i}`);
    }
    const misses: number[] = [];
    const hits: number[] = [];
    let wrongSource = 0;
    for (let i = 0; i < reps; i++) {
      const prompt = `cache probe ${i}`;
      misses.push((await timeGenerate(harness, prompt)).doneMs);
      const hit = await timeGenerate(harness, prompt);
      if (hit.source !== 'cache') wrongSource++;
      hits.push(hit.doneMs);
    }
    const rows = rowsFor('2', 'Cache hit to done, Node pipeline', hits, misses, 5);
    const p99 = rows[1];
    if (wrongSource > 0 && p99) p99.note = `${wrongSource} of ${reps} repeated requests were not served from the cache.`;
    return p99 ? [...rows, { ...p99, group: 'P', name: 'Cache-hit latency, P99' }] : rows;
  } finally {
    await harness.close();
  }
}
