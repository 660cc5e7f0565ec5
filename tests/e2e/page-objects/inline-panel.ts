// Page object for the inline trigger and panel, found by their accessible names, in a page or in a frame.
import type { FrameLocator, Locator, Page } from '@playwright/test';

export type PanelButton = 'Insert' | 'Replace' | 'Copy' | 'Retry' | 'Stop' | 'Close' | 'Send' | 'Disable on this site' | 'Refine' | 'Variants' | 'Back' | 'Forward' | 'Back to the result';

export class InlinePanel {
  // A frame's trigger and panel live in that frame's document.
  constructor(private readonly scope: Page | FrameLocator) {}

  get trigger(): Locator {
    return this.scope.getByRole('button', { name: 'Generate' });
  }
  get dialog(): Locator {
    return this.scope.getByRole('dialog', { name: 'Draftsmith' });
  }
  get prompt(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Prompt' });
  }
  get result(): Locator {
    return this.dialog.getByRole('region', { name: 'Result' });
  }
  // The panel's status line while it is open; after Insert or Replace the panel closes and the notice that
  // takes its place says what happened.
  get status(): Locator {
    return this.dialog.getByRole('status').or(this.notice);
  }
  // The notice left after Insert or Replace, with its Undo.
  get notice(): Locator {
    return this.scope.locator('draftsmith-notice').getByRole('status');
  }
  // What Draftsmith says beside the field when what the user reached for did nothing: a tab's copy cut off from
  // the extension (an update, a removal), or a panel that would not load.
  get fieldAlert(): Locator {
    return this.scope.locator('draftsmith-notice').getByRole('alert');
  }
  get undo(): Locator {
    return this.notice.getByRole('button', { name: 'Undo', exact: true });
  }
  get rewritingQuote(): Locator {
    return this.dialog.getByText(/^Rewriting: /);
  }
  // The note a canvas editor (Google Docs) gets: Draftsmith cannot insert there, Copy and paste instead.
  get canvasNotice(): Locator {
    return this.dialog.getByText(/draws its text on a canvas/);
  }
  get quickActions(): Locator {
    return this.dialog.getByRole('group', { name: 'Quick actions' });
  }
  button(name: PanelButton): Locator {
    const inPanel = this.dialog.getByRole('button', { name, exact: true });
    // After Insert or Replace the notice stands in for the panel, and its ✕ is the Close there is.
    if (name === 'Close') return inPanel.or(this.scope.locator('draftsmith-notice').getByRole('button', { name, exact: true }));
    return inPanel;
  }
  // The writing tools: tone, length and target language; Refine with Back and Forward; the Variants.
  select(name: 'Tone' | 'Length' | 'Translate to'): Locator {
    return this.dialog.getByRole('combobox', { name, exact: true });
  }
  get refineInput(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Refine', exact: true });
  }
  get versions(): Locator {
    return this.dialog.getByRole('group', { name: 'Versions' });
  }
  get variants(): Locator {
    return this.dialog.getByRole('group', { name: 'Variants' });
  }
  // A rewrite's result shows the word diff; this toggles to the plain result (what Insert/Replace writes).
  get showChanges(): Locator {
    return this.dialog.getByRole('button', { name: 'Show changes', exact: true });
  }
  async showPlainResult(): Promise<void> {
    if ((await this.showChanges.getAttribute('aria-pressed')) === 'true') await this.showChanges.click();
  }
  rejectChange(removed: string, added: string): Locator {
    return this.dialog.getByRole('button', { name: `Reject the change “${removed}” → “${added}”`, exact: true });
  }
  quickAction(name: string): Locator {
    return this.quickActions.getByRole('button', { name, exact: true });
  }

  async open(field: Locator): Promise<void> {
    await field.focus();
    await this.trigger.click();
    await this.prompt.waitFor();
  }

  async ask(text: string): Promise<void> {
    await this.prompt.fill(text);
    await this.prompt.press('Enter');
  }

  // Ask, wait for the whole reply, and put it into the field.
  async generateAnd(action: 'Insert' | 'Replace', prompt: string, reply: string): Promise<void> {
    await this.ask(prompt);
    await this.result.filter({ hasText: reply }).waitFor();
    await this.button(action).click();
  }
}
