// Owns posting a generation's start event after the upstream fetch has left. The start event (job id, model) is
// needed before the first text, not before the fetch: posted at once it cost 0.25–0.5 ms on the way to the fetch
// (worker CPU profile). It goes out in the next task, or just before any other event, so the page sees it first.
import type { ServerEvent } from '../messaging/generation-schemas';
import { laterTask } from '../pipeline/later-task';

export function holdStartEvent(post: (event: ServerEvent) => void, later: () => Promise<void> = laterTask): (event: ServerEvent) => void {
  let held: ServerEvent | null = null;
  const postHeld = (): void => {
    if (!held) return;
    const start = held;
    held = null;
    post(start);
  };
  return (event) => {
    if (event.type === 'start') {
      held = event;
      void later().then(postHeld);
      return;
    }
    postHeld();
    post(event);
  };
}
