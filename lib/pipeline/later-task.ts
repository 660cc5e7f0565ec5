// Owns putting bookkeeping after the request has left. Everything between a start message and the provider's
// fetch resolves in microtasks of one task, so work started there (a history entry's IndexedDB write) ran in
// front of the fetch; a task posted through the Prioritized Task Scheduling API runs only after this one ends.
// Where there is no scheduler (Node, the unit tests, older Firefox) it resolves at once, as before.
interface TaskScheduler {
  postTask(callback: () => void): Promise<void>;
}

export function laterTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  return typeof scheduler?.postTask === 'function' ? scheduler.postTask(() => undefined) : Promise.resolve();
}
