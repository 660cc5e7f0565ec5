// Owns writing bench/results.md: the machine, the table and how each figure was measured.
import { writeFileSync } from 'node:fs';
import type { MachineInfo } from './machine-info';
import { markdownTable, type Row } from './table';

const METHODS = [
  '1. **Pipeline overhead**: a bench page fetches the stream from the loopback test server itself and records `performance.now()` when the first delta reaches its DOM and at the next animation frame; the same request goes through the inline panel (typed into its open shadow root, Enter pressed) and a MutationObserver on the panel\'s result region records the same two moments. Both paths alternate, with a fixed 20 ms upstream delay (`latency` fault). In Node, `assemblePipeline` with memory stores against the same server, against a bare `fetch` + `eventsource-parser` read of the identical request body.',
  '2. **Cache hit**: the same prompt twice at temperature 0; the second is served from the cache. Browser: Enter to the full answer painted in the panel. Node: `generate()` to its `done` event. Repeats: with default settings (temperature 0.7), the same panel request twice, chat calls counted at the loopback server; and 24 quick actions (4 texts × fix, translate, shorter, each twice) through the Node pipeline, against the same session under the version-6 defaults.',
  '3. **Content script at load**: a Chromium performance trace of each load of a static page with N text fields, in Chromium with the extension and in the same Chromium without it. The content script\'s cost is its `EvaluateScript` on the page\'s main thread; the page main-thread rows sum every top-level task while loading and settling.',
  '4. **Worker cold start**: `ServiceWorker.stopAllWorkers` over CDP, wait until the worker target is gone, then a panel request; first delta painted, against the same request with the worker running. The spans of a cold request come from the worker’s own `performance.mark`s (`lib/diagnostics/startup-marks.ts`: entry evaluated, listeners set up, port connected, request received, upstream fetch, first delta posted), read over CDP from the worker target, against the page’s start and paint times.',
  '5. **Rate limit**: simulated clock and a simulated OpenAI-compatible server (fake `fetch`) that allows 20 calls per sliding minute, answers 429 with `retry-after` and `x-ratelimit-*` headers and answers merged calls; 100 short requests at once through the whole pipeline (dispatcher, retry, adaptive batching) with the default retry policy. The naive baseline fires a raw request every 300 ms with no limiter and no retry; the best-schedule baselines send waves of 20 calls (1 task each, or merged calls of 10) the moment the window allows. Every baseline is run on the same simulated server.',
  '6. **Coalescing**: 50 identical requests at once through the Node pipeline with a 200 ms upstream delay; upstream calls counted by the test server.',
  '7. **Form fill**: the real popup in Chromium on a page of 30 text inputs; requests and prompt tokens counted at the loopback server. The one-request-per-field baseline prices each field alone with the real prompt builder (`bench/lib/form-fill-cost.ts`).',
  '8. **Output filter**: `createStreamFilter` in mask mode with 1,000 generated words over 1 MiB of generated text in 1 KiB chunks (about one blocked word per 2 KB, some in capitals); hold-back is characters pushed but not yet released after each chunk. The baseline scans each chunk plus a carry of the longest word − 1 with one regex alternation.',
  '9. **Memory**: the worker\'s used JS heap (`Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`, attached to the worker target) after 1,000 generations over content-script ports; the page\'s isolate heap on a 10,000-field page with and without the extension (the content-script world shares the page\'s isolate).',
  'B. **Bundles**: read from the build. Eager size: `eager.js` (the one content script) gzipped at level 9. React DOM copies: the scripts a page can load (the content script and the modules it imports on demand) that contain React DOM\'s DevTools hook name. Options first load: the module script and `modulepreload` chunks named in `options.html`, against the same libraries bundled and minified alone by esbuild in the same run.',
  'P. **Pipeline summary**: the pipeline figures issue 3 asks for, repeated from the rows above.',
];

export function writeResults(file: string, machine: MachineInfo, rows: readonly Row[], seconds: number): void {
  const text = [
    '# Draftsmith benchmarks',
    '',
    `Written by \`npm run bench\` (${seconds.toFixed(0)} s). Rerun to refresh; timings are from one run on a shared machine, so treat differences of a few ms with care.`,
    '',
    '| Machine | |',
    '| --- | --- |',
    `| CPU | ${machine.cpuModel}, ${machine.cores} cores |`,
    `| Memory | ${machine.memoryGb} GB |`,
    `| Node | ${machine.node} |`,
    `| Chromium | ${machine.chromium} |`,
    `| Date | ${machine.date} |`,
    `| Load average (1 min), start / end | ${machine.loadStart.toFixed(2)} / ${machine.loadEnd.toFixed(2)} |`,
    '',
    'Each row: the figure, its baseline measured in the same run, figure ÷ baseline, and the goal. Timings are medians and P99 (linear interpolation) over the repetitions in the notes.',
    '',
    markdownTable(rows),
    '',
    '## How each figure is measured',
    '',
    ...METHODS,
    '',
  ].join('\n');
  writeFileSync(file, text);
}
