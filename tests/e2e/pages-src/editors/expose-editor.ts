// Test-page helper: lets Playwright read an editor's own state, not its DOM.
declare global {
  interface Window {
    // Some editors (Editor.js) only hand out their state asynchronously; page.evaluate awaits either.
    readEditorText?: () => string | Promise<string>;
    editorReady?: boolean;
  }
}

export function exposeEditor(readText: () => string | Promise<string>): void {
  window.readEditorText = readText;
  window.editorReady = true;
}

export const STARTING_TEXT = 'Dear team,';
