// Test-page helper: lets Playwright read an editor's own state, not its DOM.
declare global {
  interface Window {
    // Some editors (Editor.js) only hand out their state asynchronously; page.evaluate awaits either.
    readEditorText?: () => string | Promise<string>;
    // The text inside the editor's own model selection, for editors whose model selection trails the page's
    // (Slate syncs it on a throttle): a test waits for it before acting on a selection it made by keyboard.
    readEditorSelection?: () => string;
    editorReady?: boolean;
  }
}

export function exposeEditor(readText: () => string | Promise<string>, readSelection?: () => string): void {
  window.readEditorText = readText;
  if (readSelection) window.readEditorSelection = readSelection;
  window.editorReady = true;
}

export const STARTING_TEXT = 'Dear team,';
