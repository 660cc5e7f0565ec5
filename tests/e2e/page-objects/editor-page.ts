// Page object for the rich-editor test pages (tests/e2e/pages-src/editors): open one, reach its editable
// element, and read the editor's own state through the window.readEditorText() each page exposes.
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { InlinePanel } from './inline-panel';

export interface EditorCase {
  name: string;
  // Page file under built/editors/.
  file: string;
  // The editable element, found inside `frame` when the editor lives in an iframe (TinyMCE).
  field: string;
  frame?: string;
  // What a user clicks to put the caret in the editor, when that is not the field itself: code editors
  // (Monaco, Ace) take input through a hidden element under the text they draw.
  surface?: string;
  // Code editors keep the text plain: a reply's line breaks stay exactly as sent.
  plain?: boolean;
}

export const STARTING_TEXT = 'Dear team,';

export class EditorPage {
  readonly field: Locator;
  readonly panel: InlinePanel;
  readonly scope: Page | FrameLocator;
  // Uncaught errors in the page: an editor whose model and DOM disagree after an insertion throws.
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly editor: EditorCase,
  ) {
    page.on('pageerror', (error) => this.errors.push(error.message));
    this.scope = editor.frame ? page.frameLocator(editor.frame) : page;
    this.field = this.scope.locator(editor.field).first();
    this.panel = new InlinePanel(this.scope);
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/built/editors/${this.editor.file}`);
    await this.page.waitForFunction(() => (window as { editorReady?: boolean }).editorReady === true);
    // Code editors' input elements are attached but not visible.
    await this.field.waitFor({ state: this.editor.surface ? 'attached' : 'visible' });
  }

  // The editor's own model as text: what the page's framework or editor believes the field holds.
  async state(): Promise<string> {
    return this.page.evaluate(() => (window as { readEditorText?: () => string }).readEditorText?.() ?? '<no readEditorText>');
  }

  // Click into the editor and put the caret after its last character.
  async caretToEnd(): Promise<void> {
    await (this.editor.surface ? this.scope.locator(this.editor.surface).first() : this.field).click();
    await this.page.keyboard.press('Control+End');
  }

  // Whether focus is in one of the editor's editable elements (a block editor moves it to the last new block).
  async hasFocus(): Promise<boolean> {
    return this.page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, this.editor.field);
  }

  // Select `word` by keyboard, as a user would: from the end of the text, `after` characters left of it.
  async selectBeforeEnd(word: string, after: number): Promise<void> {
    // Slate syncs its model selection from the page's on a 100 ms throttle and writes its model back to the
    // page when it renders: on a loaded machine a sync that lands between two key presses can leave the
    // selection one character short (a CI run replaced "eam"), as a user's fast key presses could. A selection
    // that settles on anything but `word` is made again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await this.caretToEnd();
      for (let i = 0; i < after; i += 1) await this.page.keyboard.press('ArrowLeft');
      for (let i = 0; i < word.length; i += 1) await this.page.keyboard.press('Shift+ArrowLeft');
      const settled = await this.settledSelection();
      if (settled === undefined || settled === word) return;
    }
    throw new Error(`could not select "${word}" in ${this.editor.name}`);
  }

  // A person's pause after selecting, long enough for the editor to take the selection into its model. Where
  // the page exposes its model's selection (Slate), gives the model's selected text once it agrees with the
  // page's; elsewhere (code editors draw their own selection) nothing to compare, so undefined.
  private async settledSelection(): Promise<string | undefined> {
    await this.page.waitForTimeout(150);
    const handle = await this.page.waitForFunction(() => {
      const read = (window as { readEditorSelection?: () => string }).readEditorSelection;
      if (!read) return { model: false };
      const model = read();
      return model === (document.getSelection()?.toString() ?? '') ? { model: true, text: model } : undefined;
    });
    const settled = (await handle.jsonValue()) as { model: boolean; text?: string };
    return settled.model ? settled.text : undefined;
  }
}
