// Page object for the inline trigger and panel, found by their accessible names.
import type { Locator, Page } from '@playwright/test';

export class InlinePanel {
  constructor(private readonly page: Page) {}

  get trigger(): Locator {
    return this.page.getByRole('button', { name: 'Generate' });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Draftsmith' });
  }
  get prompt(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Prompt' });
  }
  get result(): Locator {
    return this.dialog.getByRole('region', { name: 'Result' });
  }
  get status(): Locator {
    return this.dialog.getByRole('status');
  }
  button(name: 'Insert' | 'Stop' | 'Close' | 'Send'): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
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
}
