// Owns the slice of Chrome's Prompt API (global LanguageModel, Chrome 138+) the adapter relies on.
export type ChromeAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface LanguageModelParamsLike {
  defaultTopK: number;
  maxTopK: number;
  defaultTemperature: number;
  maxTemperature: number;
}

export interface LanguageModelPrompt {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface DownloadProgressEventLike {
  // Fraction downloaded, 0..1.
  loaded: number;
}

export interface LanguageModelMonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEventLike) => void): void;
}

export interface LanguageModelCoreOptions {
  temperature?: number;
  topK?: number;
}

export interface LanguageModelCreateOptions extends LanguageModelCoreOptions {
  initialPrompts?: LanguageModelPrompt[];
  signal?: AbortSignal;
  monitor?: (monitor: LanguageModelMonitorLike) => void;
}

export interface LanguageModelSessionLike {
  promptStreaming(input: string, options?: { signal?: AbortSignal; responseConstraint?: Record<string, unknown> }): ReadableStream<string>;
  destroy(): void;
}

export interface LanguageModelLike {
  availability(options?: LanguageModelCoreOptions): Promise<ChromeAvailability>;
  create(options?: LanguageModelCreateOptions): Promise<LanguageModelSessionLike>;
  // Present in extensions; resolves null when the model is unavailable.
  params?(): Promise<LanguageModelParamsLike | null>;
}

// The real global, where this environment has one (windows and some workers; not every service worker).
export function globalLanguageModel(): LanguageModelLike | undefined {
  return (globalThis as { LanguageModel?: LanguageModelLike }).LanguageModel;
}
