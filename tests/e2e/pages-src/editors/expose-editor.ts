// Test-page helper: lets Playwright read an editor's own state, not its DOM.
declare global {
  interface Window {
    readEditorText?: () => string;
    editorReady?: boolean;
  }
}

export function exposeEditor(readText: () => string): void {
  window.readEditorText = readText;
  window.editorReady = true;
}

export const STARTING_TEXT = 'Dear team,';
