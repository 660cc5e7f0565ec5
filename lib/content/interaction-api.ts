import type { SiteStatus } from './ask-site-status';

// Owns the contract between the eager script and the interaction module it imports at the user's first act in
// a frame (entrypoints/interaction.ts).

// The background's messages to a frame (lib/messaging/protocol.ts), all of which follow something the user
// did there. The eager script holds them from that first act until the module has loaded.
export const BACKGROUND_COMMANDS = ['openPanel', 'siteRulesChanged', 'openSelectionCard', 'selectionShortcut'] as const;
export type BackgroundCommand = (typeof BACKGROUND_COMMANDS)[number];

// What the first event was, read while it was dispatched; 'start' when a caret or a selection was already in
// the document as the eager script started.
export interface FirstAct {
  type: string;
  // The document's focused element just before the act (before a press moves focus); null for a focus event,
  // which itself says where focus went.
  activeBefore: Element | null;
  // The act landed in a text control or an editable element (a cheap look, not the field rules): worth asking
  // the worker about the site at once.
  inField: boolean;
}

export interface BackgroundSender {
  id?: string;
  tab?: unknown;
}

// Answers one of the background's commands; rejects when its handler fails.
export type AnswerCommand = (type: BackgroundCommand, data: unknown, sender: BackgroundSender) => Promise<unknown>;

export interface StartedInteraction {
  answer: AnswerCommand;
  // Takes this copy's UI away and stops its listeners: its extension is gone and a new copy has come
  // (lib/content/stand-down.ts).
  stop(): void;
}

export interface InteractionApi {
  // Starts watching fields in the document; returns the answer to the background's commands and the stop. `siteStatus`:
  // the worker's answer about this site, asked by the eager script at the first act (lib/content/ask-site-status.ts).
  start(doc: Document, first: FirstAct, siteStatus?: Promise<SiteStatus>): StartedInteraction;
}

// Registered in the content script's isolated world; pages cannot see it.
export const INTERACTION_GLOBAL = '__draftsmithInteraction';

type InteractionGlobal = typeof globalThis & { [INTERACTION_GLOBAL]?: InteractionApi };

export function registerInteraction(api: InteractionApi): void {
  (globalThis as InteractionGlobal)[INTERACTION_GLOBAL] = api;
}

export function registeredInteraction(): InteractionApi | undefined {
  return (globalThis as InteractionGlobal)[INTERACTION_GLOBAL];
}
