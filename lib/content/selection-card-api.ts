// Owns the contract between the eager content script and the lazily loaded selection card module.
import type { CardOpenStatus } from '../selection/selection-job';

export interface SelectionCardApi {
  // Takes the job as received: the module validates it (with zod, which the eager script does not bundle).
  open(job: unknown): CardOpenStatus;
  close(): void;
  contains(node: Node | null): boolean;
}

// Registered by the lazy module in the content script's isolated world; pages cannot see this global.
const CARD_GLOBAL = '__draftsmithSelectionCard';

type CardGlobal = typeof globalThis & { [CARD_GLOBAL]?: SelectionCardApi };

export function registerSelectionCard(api: SelectionCardApi): void {
  (globalThis as CardGlobal)[CARD_GLOBAL] = api;
}

export function registeredSelectionCard(): SelectionCardApi | undefined {
  return (globalThis as CardGlobal)[CARD_GLOBAL];
}
