// Owns running a selection job from React: start the template at once (or when the custom prompt is sent), retry, stop.
import { useCallback, useEffect, useState } from 'react';
import { buildSelectionRequest, type SelectionSource } from '../../lib/selection/selection-request';
import type { SelectionJob } from '../../lib/selection/selection-job';
import { useGeneration } from '../inline-panel/use-generation';

// `job` and `source` must keep their identity for the component's life (the card and window create them once).
export function useSelectionJob(job: SelectionJob, source: SelectionSource) {
  const { state, start, stop } = useGeneration();
  const templateInstruction = job.action.kind === 'template' ? job.action.instruction : null;
  // The instruction last sent, for Retry: the template's, or what the user typed in the custom box.
  const [instruction, setInstruction] = useState<string | null>(templateInstruction);

  // A template runs as soon as the card opens; the custom prompt waits for the user.
  useEffect(() => {
    if (templateInstruction) start(buildSelectionRequest(templateInstruction, job, source));
  }, [templateInstruction, job, source, start]);

  const run = useCallback(
    (text: string, regenerate = false) => {
      setInstruction(text);
      start(buildSelectionRequest(text, job, source, regenerate));
    },
    [job, source, start],
  );

  // Retry asks the model again rather than replaying the cached answer.
  const retry = useCallback(() => {
    if (instruction) run(instruction, true);
  }, [instruction, run]);

  return { state, stop, run, retry, instruction };
}
