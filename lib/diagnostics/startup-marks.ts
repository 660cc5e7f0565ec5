// Owns the worker's start-up marks: the first time after each worker start that it reaches a stage, a
// `performance.mark` named `draftsmith:<stage>` (visible in DevTools' performance panel, and read by the
// cold-start benchmark to say where a cold request's time goes). Nothing else reads them.
export type StartupStage = 'evaluation' | 'main' | 'listeners' | 'port' | 'start' | 'settings' | 'fetch' | 'first-delta';

const reached = new Set<StartupStage>();

export function markStartup(stage: StartupStage): void {
  if (reached.has(stage)) return;
  reached.add(stage);
  // Where performance marks are missing (a test runtime), the stage is simply not marked.
  globalThis.performance?.mark?.(`draftsmith:${stage}`);
}
