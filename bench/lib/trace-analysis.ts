// Owns reading a Chromium performance trace of one page load: the page's main-thread busy time and the time
// spent evaluating the extension's content script there (with any garbage collection that ran inside it).
import { z } from 'zod';
import { EAGER_FILE } from '../../lib/manifest/script-files';

const TraceEventSchema = z.object({
  name: z.string(),
  ph: z.string(),
  ts: z.number(),
  dur: z.number().optional(),
  pid: z.number(),
  tid: z.number(),
  args: z.record(z.string(), z.unknown()).optional(),
});
type TraceEvent = z.infer<typeof TraceEventSchema>;

const TraceSchema = z.object({ traceEvents: z.array(z.unknown()) });

// Categories that carry top-level tasks, script evaluation and GC.
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.gc'];

export interface LoadTrace {
  // Sum of the page renderer's main-thread tasks while tracing (ms).
  mainThreadMs: number;
  // EvaluateScript of the content script (ms); 0 when the extension is not loaded.
  contentScriptMs: number;
  // Of which garbage collection that happened to run inside it (ms).
  contentScriptGcMs: number;
  // Of which style recalculation and layout it forced (ms).
  contentScriptStyleMs: number;
}

// Draftsmith's eager script and the floor's one-line script share the file name, so one test finds either.
const isEagerScript = (url: string) => url.startsWith('chrome-extension://') && url.endsWith(`/${EAGER_FILE}`);

const urlOf = (event: TraceEvent): string => {
  const data = event.args?.data;
  return data && typeof data === 'object' && 'url' in data && typeof data.url === 'string' ? data.url : '';
};
const durationMs = (events: readonly TraceEvent[]) => events.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;

export function analyzeLoad(traceJson: string, pageUrl: string): LoadTrace {
  const events = TraceSchema.parse(JSON.parse(traceJson)).traceEvents.flatMap((raw) => {
    const parsed = TraceEventSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  // The renderer main thread is the one that parsed this page's HTML.
  const parse = events.find((event) => event.name === 'ParseHTML' && JSON.stringify(event.args ?? {}).includes(pageUrl));
  if (!parse) throw new Error(`No ParseHTML for ${pageUrl} in the trace`);
  const onMain = events.filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X');
  const scripts = onMain.filter((event) => event.name === 'EvaluateScript' && isEagerScript(urlOf(event)));
  const insideScript = (event: TraceEvent) => scripts.some((script) => event.ts >= script.ts && event.ts <= script.ts + (script.dur ?? 0));
  const gc = onMain.filter((event) => (event.name === 'MajorGC' || event.name === 'MinorGC') && insideScript(event));
  const style = onMain.filter((event) => (event.name === 'UpdateLayoutTree' || event.name === 'Layout') && insideScript(event));
  return {
    mainThreadMs: durationMs(onMain.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')),
    contentScriptMs: durationMs(scripts),
    contentScriptGcMs: durationMs(gc),
    contentScriptStyleMs: durationMs(style),
  };
}
