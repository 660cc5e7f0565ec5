// Benchmark 2, what users repeat: with default settings, the same inline request twice (counted at the loopback
// server through the real panel), and a scripted session of repeated quick actions through the Node pipeline,
// against the same session under the version-6 defaults (temperature 0.7 for everything, no reuse above 0.3).
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/schema';
import { startHarness } from '../tests/support/pipeline-kit';
import type { BrowserRig } from './lib/browser-rig';
import { atMost, type Row } from './lib/table';
import { InlinePanel } from '../tests/e2e/page-objects/inline-panel';
import { panelIdle, panelRequest } from './pipeline-overhead';

const chatCalls = (requests: readonly { method: string; path: string }[]) =>
  requests.filter((request) => request.method === 'POST' && request.path.endsWith('/chat/completions')).length;

export async function repeatsInBrowser(rig: BrowserRig): Promise<Row[]> {
  await rig.configure({});
  rig.llm.reset();
  const page = await rig.openPanelPage();
  try {
    const prompt = 'the same request, twice';
    await panelRequest(page, prompt);
    await panelIdle(page);
    // The second answer is the same text, so the panel may not change where the text is: wait for the answer
    // to say it came from the cache, or for a second upstream call.
    const panel = new InlinePanel(page);
    await panel.ask(prompt);
    const fromCache = panel.status.filter({ hasText: 'From the cache' });
    const answered = async () => chatCalls(rig.llm.requests) >= 2 || (await fromCache.count()) > 0;
    for (let waited = 0; waited < 10_000 && !(await answered()); waited += 50) await page.waitForTimeout(50);
    if (!(await answered())) throw new Error('The second request neither came from the cache nor reached the server');
    await panelIdle(page);
    const calls = chatCalls(rig.llm.requests);
    return [
      {
        group: '2',
        name: 'Same inline request twice, default settings: upstream calls',
        value: calls,
        unit: 'calls',
        goal: atMost(calls, 1, 'calls'),
        note: `Repeat bench: two identical panel requests at temperature ${DEFAULT_SETTINGS.generation.temperature}; upstream calls for the second: ${calls - 1}.`,
      },
    ];
  } finally {
    await page.close();
  }
}

const TEXTS = ['Their going tomorow.', 'We was late to the the meeting.', 'Please find attach the report.', 'Me and him has finished.'];
const ACTIONS = ['Fix the spelling and grammar.', 'Translate into German.', 'Make it shorter.'];

// Each text gets each action, and the whole round again (a person re-checks, or asks again after an undo):
// 24 requests, 12 of them distinct.
function session(): Array<{ prompt: string; selection: string }> {
  const round = TEXTS.flatMap((selection) => ACTIONS.map((prompt) => ({ prompt, selection })));
  return [...round, ...round];
}

async function upstreamCallsFor(patch: Partial<Settings>, task: 'transform' | 'compose'): Promise<number> {
  const harness = await startHarness({ patch });
  try {
    for (const step of session()) await harness.run({ prompt: step.prompt, context: { selection: step.selection }, task });
    return harness.upstreamCalls();
  } finally {
    await harness.close();
  }
}

export async function repeatSession(): Promise<Row[]> {
  const steps = session().length;
  const distinct = steps / 2;
  const now = await upstreamCallsFor({ generation: DEFAULT_SETTINGS.generation, cache: DEFAULT_SETTINGS.cache }, 'transform');
  const before = await upstreamCallsFor(
    { generation: { ...DEFAULT_SETTINGS.generation, temperature: 0.7 }, cache: { ...DEFAULT_SETTINGS.cache, cacheAnyTemperature: false } },
    'compose',
  );
  const hitRate = Math.round((100 * (steps - now)) / steps);
  return [
    {
      group: '2',
      name: `Repeated quick actions (${steps} requests, ${distinct} distinct): upstream calls`,
      value: now,
      unit: 'calls',
      baseline: { value: before, label: 'v6 defaults' },
      goal: atMost(now, distinct, 'calls'),
      note: `Repeat session: cache hit rate ${hitRate}% with default settings (the most a cache can serve here is 50%), ${Math.round((100 * (steps - before)) / steps)}% under the version-6 defaults.`,
    },
  ];
}
