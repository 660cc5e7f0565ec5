// Owns running the form agent in a tab's frames through scripting.executeScript (Chrome MV3 and Firefox 102+ MV2
// alike), and validating what each frame answers: the page's DOM is untrusted input.
import { browser } from 'wxt/browser';
import { AgentResultSchema, type AgentCommand, type AgentResult } from '../forms/agent-protocol';
import { FORM_AGENT_FILE, FORM_AGENT_GLOBAL } from '../forms/form-agent-global';

export interface FrameAnswer {
  frameId: number;
  result: AgentResult;
}

// Serialised into the page by executeScript, so it may use only its arguments.
function callAgent(globalName: string, command: AgentCommand): unknown {
  const agent = (globalThis as unknown as Record<string, { run(command: AgentCommand): unknown } | undefined>)[globalName];
  return agent ? agent.run(command) : null;
}

// A frame that never answers (a known Chrome bug with some CSP-restricted frames) must not hang the job.
const INJECTION_TIMEOUT_MS = 15_000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The page did not answer.')), INJECTION_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

// All frames the extension may enter (with activeTab: the top frame and same-origin frames), or the frames
// that hold the fields being filled.
export async function runFormAgent(tabId: number, command: AgentCommand, frameIds?: number[]): Promise<FrameAnswer[]> {
  const target = frameIds ? { tabId, frameIds } : { tabId, allFrames: true };
  // The agent installs itself once per frame; injecting it again is a no-op.
  await withTimeout(browser.scripting.executeScript({ target, files: [FORM_AGENT_FILE] }));
  const injected = await withTimeout(browser.scripting.executeScript({ target, func: callAgent, args: [FORM_AGENT_GLOBAL, command] }));
  const answers: FrameAnswer[] = [];
  for (const { frameId, result } of injected) {
    const parsed = AgentResultSchema.safeParse(result);
    if (parsed.success && parsed.data.op === command.op) answers.push({ frameId, result: parsed.data });
  }
  return answers.sort((a, b) => a.frameId - b.frameId);
}

// Origins of the frames that some frame shows but none of that origin answered: the browser kept the agent out
// (no host permission), so their fields are missing and the user is asked whether to allow Draftsmith there.
export function unreachedOrigins(answers: readonly FrameAnswer[]): string[] {
  const answered = new Set<string>();
  const shown = new Set<string>();
  for (const { result } of answers) {
    if (result.op !== 'extract') continue;
    answered.add(originOf(result.frame.url));
    for (const origin of result.frame.frameOrigins) shown.add(origin);
  }
  return [...shown].filter((origin) => !answered.has(origin)).slice(0, 20);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
